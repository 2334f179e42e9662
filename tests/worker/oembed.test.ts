import { SELF } from 'cloudflare:test'
import { expect, it } from 'vitest'

const oembed = (url: string) => SELF.fetch(`http://fahm.test/oembed?format=json&url=${encodeURIComponent(url)}`)

it.each(['http://fahm.test/embed/%E0%A4%A', 'http://fahm.test/embed/%', 'http://fahm.test/embed/%ZZ', 'http://fahm.test/embed/%F0%9F%98'])(
  'answers a malformed percent-escape in the quiz id (%s) with a 404 problem, not a 500',
  async (url) => {
    const res = await oembed(url)
    expect(res.status).toBe(404)
    expect(res.headers.get('content-type')).toContain('application/problem+json')
    expect(((await res.json()) as { code: string }).code).toBe('quiz-not-found')
  },
)

it('still decodes a well-formed escaped quiz id', async () => {
  const res = await oembed('http://fahm.test/embed/kim%2Dputin%2Dbeijing')
  expect(res.status).toBe(200)
  expect(((await res.json()) as { type: string }).type).toBe('rich')
})

it('sizes the iframe by maxwidth and carries the embed URL’s theme, lang and mode into its src', async () => {
  const page = 'http://fahm.test/embed/kim-putin-beijing?lang=en&mode=all&theme=dark'
  const res = await SELF.fetch(`http://fahm.test/oembed?format=json&maxwidth=300&maxheight=200&url=${encodeURIComponent(page)}`)
  expect(res.status).toBe(200)
  const body = (await res.json()) as { html: string; width: number; height: number }
  expect(body).toMatchObject({ width: 300, height: 200 })
  expect(body.html).not.toContain('width="100%"')
  expect(body.html).toContain('width="300"')
  expect(body.html).toContain('height="200"')
  const src = new URL(/src="([^"]+)"/.exec(body.html)![1]!.replaceAll('&amp;', '&'))
  expect(Object.fromEntries(src.searchParams)).toEqual({ lang: 'en', mode: 'all', theme: 'dark' })

  // Without bounds: the default size; an unknown theme is dropped rather than passed on.
  const plain = (await (
    await SELF.fetch(`http://fahm.test/oembed?url=${encodeURIComponent('http://fahm.test/embed/kim-putin-beijing?theme=neon')}`)
  ).json()) as { html: string; width: number }
  expect(plain.width).toBe(720)
  expect(plain.html).toContain('width="720"')
  expect(plain.html).not.toContain('theme=')
})

it('hands the theme to the widget on the embed page', async () => {
  const html = await (await SELF.fetch('http://fahm.test/embed/kim-putin-beijing?theme=dark')).text()
  expect(html).toContain('data-theme="dark"')
  expect(html).toMatch(/rel="canonical" href="[^"]*theme=dark/)
  expect(await (await SELF.fetch('http://fahm.test/embed/kim-putin-beijing')).text()).toContain('data-theme="auto"')
})

it.each([
  ['?lang=en', 'en'],
  ['', 'ar'], // the quiz's own language when the page names none
])('preloads on the embed page%s the quiz and the strings the widget asks for in its language', async (query, lang) => {
  const html = await (await SELF.fetch(`http://fahm.test/embed/kim-putin-beijing${query}`)).text()
  expect(html).toContain(`data-lang="${lang}"`)
  expect(html).toContain(`<link rel="preload" href="/v1/quizzes/kim-putin-beijing?lang=${lang}" as="fetch" crossorigin>`)
  expect(html).toContain(`<link rel="preload" href="/widget-ui.${lang}.js" as="script">`)
})

it('preloads nothing on the page of an unknown quiz', async () => {
  const res = await SELF.fetch('http://fahm.test/embed/no-such-quiz', { headers: { Accept: 'text/html' } })
  expect(res.status).toBe(404)
  expect(await res.text()).not.toContain('rel="preload"')
})
