import { afterEach, beforeEach, describe, expect, it } from 'vitest'
import { vi } from 'vitest'
import { createMount, readOptions, type Handle } from '../../src/widget/mount.tsx'
import { fakeQuiz, fakeResult, json, stubFetch, until, type Call } from './fixtures.ts'

const mount = createMount('http://fahm.test/')
let el: HTMLElement
let handle: Handle | undefined

beforeEach(() => {
  localStorage.clear()
  el = document.createElement('div')
  document.body.appendChild(el)
})
afterEach(() => {
  handle?.unmount()
  handle = undefined
  el.remove()
  vi.unstubAllGlobals()
})

const root = () => el.shadowRoot!
const $ = <T extends Element = HTMLElement>(sel: string) => root().querySelector<T>(sel)
const $$ = <T extends Element = HTMLElement>(sel: string) => [...root().querySelectorAll<T>(sel)]
const text = () => root().textContent ?? ''
const button = (label: string) => $$<HTMLButtonElement>('button').find((b) => b.textContent?.trim() === label)
/** Clicks, then lets Preact's render queue flush. */
const click = async (node: Element | undefined) => {
  ;(node as HTMLElement).click()
  await new Promise((r) => setTimeout(r, 0))
}
/** Finishes (See score / Submit answers), confirming when questions are left unanswered. */
const finish = async (label: string) => {
  await click(button(label))
  const confirm = button('Finish anyway') ?? button('Submit anyway')
  if (confirm) await click(confirm)
}
const type = async (input: HTMLInputElement, value: string) => {
  input.value = value
  input.dispatchEvent(new Event('input', { bubbles: true }))
  await new Promise((r) => setTimeout(r, 0))
}

/**
 * A quiz server: GET quiz in the asked language (when the quiz has it: `langs`), check answers "right"
 * when the id says so.
 */
function quizServer(extra?: (call: Call) => Response | undefined, langs: ('ar' | 'en')[] = ['ar', 'en']) {
  return stubFetch((call) => {
    const found = extra?.(call)
    if (found) return found
    const p = call.url.pathname
    if (call.method === 'GET' && p === '/v1/quizzes/demo')
      return json(fakeQuiz((call.url.searchParams.get('lang') as 'ar' | 'en' | null) ?? langs[0], 1, langs))
    if (p.endsWith('/check')) {
      const qid = p.split('/')[5]!
      return json(fakeResult(qid, (call.body as { answer: unknown }).answer === 'beijing', '«' + String((call.body as { answer: unknown }).answer) + '»'))
    }
    if (p.endsWith('/grade')) {
      const answers = (call.body as { answers: Record<string, unknown> }).answers
      const results = Object.keys(answers).map((id) => fakeResult(id, answers[id] === 'beijing'))
      return json({ quizId: 'demo', version: 1, score: results.filter((r) => r.correct).length, maxScore: 5, results })
    }
    return json({ status: 404, detail: 'nope' }, 404)
  })
}

describe('one question at a time', () => {
  it('renders the quiz right-to-left with Arabic progress, and quiz HTML as text', async () => {
    quizServer()
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    const w = $('.w')!
    expect(w.getAttribute('dir')).toBe('rtl')
    expect(w.getAttribute('lang')).toBe('ar')
    expect(text()).toContain('اختبار تجريبي')
    expect(text()).toContain('١ / ٥')
    expect($('.p')!.textContent).toContain('<img src=x onerror=')
    expect($('img')).toBeNull()
    expect((window as { __pwned?: number }).__pwned).toBeUndefined()
  })

  it('gives each question type its input, each labelled', async () => {
    quizServer()
    handle = mount(el, { quiz: 'demo', lang: 'en' })
    await until(() => $('.p'))
    expect($$('input[type=radio]').map((i) => i.closest('label')!.textContent)).toEqual(['Beijing', 'Moscow'])
    await click(button('Next'))
    expect($$('input[type=checkbox]')).toHaveLength(3)
    await click(button('Next'))
    expect($$('input[type=radio]').map((i) => i.closest('label')!.textContent)).toEqual(['True', 'False'])
    await click(button('Next'))
    const numeric = $<HTMLInputElement>('input.t')!
    expect($(`label[for="${numeric.id}"]`)!.textContent).toBe('Your answer')
    expect($('#' + numeric.getAttribute('aria-describedby'))!.textContent).toContain('hours')
    await click(button('Next'))
    expect($('input.t')).not.toBeNull()
    expect(button('See score')).toBeDefined()
    // Every fieldset is named by its prompt.
    for (const fs of $$('fieldset')) expect($('#' + fs.getAttribute('aria-labelledby'))!.textContent).toBeTruthy()
  })

  it('checks an answer: verdict, what was understood, explanation, evidence, event and announcement', async () => {
    const calls = quizServer()
    const events: CustomEvent[] = []
    document.addEventListener('fahm:answer', (e) => events.push(e as CustomEvent), { once: true })
    handle = mount(el, { quiz: 'demo', showArticle: true })
    await until(() => $('.p'))
    const check = button('تحقّق')!
    expect(check.disabled).toBe(true)
    await click($$('input[type=radio]')[0])
    expect(button('تحقّق')!.disabled).toBe(false)
    await click(button('تحقّق'))
    const fb = await until(() => $('.fb'))
    const post = calls.find((c) => c.method === 'POST')!
    expect(post.url.pathname).toBe('/v1/quizzes/demo/questions/city/check')
    expect(post.body).toEqual({ answer: 'beijing' })
    expect(fb.textContent).toContain('إجابة صحيحة')
    // A choice is not "read": the options carry the verdict, the chosen (and right) one a ✓.
    expect(fb.textContent).not.toContain('فهمنا إجابتك هكذا')
    const chosen = $$('label.o')[0]!
    expect(chosen.classList.contains('right')).toBe(true)
    expect(chosen.querySelector('.mk')!.textContent).toBe('✓ الإجابة الصحيحة إجابتك')
    // Checked, the answer is locked; trying again unlocks it for practice.
    expect($$<HTMLInputElement>('input[type=radio]').every((i) => i.disabled)).toBe(true)
    expect(button('تحقّق')).toBeUndefined()
    expect(fb.textContent).toContain('Because.')
    expect(fb.querySelector('blockquote')!.textContent).toBe('ساعتين ونصف')
    expect($('.art mark')!.textContent).toBe('ساعتين ونصف')
    expect($('[aria-live]')!.textContent).toContain('إجابة صحيحة')
    expect(events[0]!.detail).toMatchObject({ questionId: 'city', correct: true, score: 1 })
    expect(events[0]!.composed && events[0]!.bubbles).toBe(true)
    await click(button('حاول مجددًا للتدرّب'))
    expect($('.fb')).toBeNull()
    await click($$('input[type=radio]')[1])
    expect($('.fb')).toBeNull()
    await click(button('تحقّق'))
    await until(() => $('.fb'))
    expect($('.fb')!.textContent).toContain('تدريب: تُحتسب في النتيجة إجابتك الأولى.')
    expect($$('label.o')[1]!.classList.contains('wrong')).toBe(true)
    expect($$('label.o')[1]!.querySelector('.mk')!.textContent).toBe('✗ إجابتك')
    expect(events).toHaveLength(1)
  })

  it('keeps answers and position across a remount, per quiz version', async () => {
    quizServer()
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    await click($$('input[type=radio]')[1])
    await click(button('التالي'))
    await click($$('input[type=checkbox]')[2])
    handle.unmount()
    expect(JSON.parse(localStorage.getItem('fahm:q:demo:1')!)).toMatchObject({ answers: { city: 'moscow', areas: ['a3'] }, index: 1 })
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    expect(text()).toContain('٢ / ٥')
    expect($$<HTMLInputElement>('input[type=checkbox]').map((i) => i.checked)).toEqual([false, false, true])
  })

  it('drops the saved progress of an older version of the quiz: its questions or keys changed', async () => {
    localStorage.setItem('fahm:q:demo:1', JSON.stringify({ answers: { city: 'moscow', areas: ['a3'] }, index: 1, results: {} }))
    localStorage.setItem('fahm:q:other-quiz:1', JSON.stringify({ answers: { x: 'y' }, index: 0, results: {} }))
    quizServer((call) => (call.method === 'GET' && call.url.pathname === '/v1/quizzes/demo' ? json(fakeQuiz('ar', 2)) : undefined))
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    expect(text()).toContain('١ / ٥')
    expect($$<HTMLInputElement>('input[type=radio]').some((i) => i.checked)).toBe(false)
    expect(localStorage.getItem('fahm:q:demo:1')).toBeNull()
    expect(localStorage.getItem('fahm:q:other-quiz:1')).not.toBeNull()
    await click($$('input[type=radio]')[0])
    handle.unmount()
    expect(JSON.parse(localStorage.getItem('fahm:q:demo:2')!)).toMatchObject({ answers: { city: 'beijing' } })
  })

  it('grades the whole quiz and shows the score with a review and retry', async () => {
    const calls = quizServer()
    const complete = new Promise<CustomEvent>((resolve) => el.addEventListener('fahm:complete', (e) => resolve(e as CustomEvent)))
    handle = mount(el, { quiz: 'demo', lang: 'en', mode: 'all' })
    await until(() => $('.p'))
    expect($$('form')).toHaveLength(5)
    await click($$('input[type=radio]')[0])
    await click(button('See score'))
    // Four questions unanswered: asked to confirm first.
    expect($('#cf')!.textContent).toContain('Unanswered questions: 4')
    expect(calls.some((c) => c.url.pathname.endsWith('/grade'))).toBe(false)
    await click(button('Finish anyway'))
    await until(() => $('#sc'))
    expect(calls.find((c) => c.url.pathname.endsWith('/grade'))!.body).toEqual({ answers: { city: 'beijing' } })
    // The count, then its percentage in brackets: never "1 of 5 20%" run together.
    expect($('.big')!.textContent).toBe('\u20681 of 5\u2069 (\u206820%\u2069)')
    expect($$('.grid button').map((b) => b.getAttribute('aria-label'))).toEqual([
      'Question 1: Correct',
      'Question 2: Not answered',
      'Question 3: Not answered',
      'Question 4: Not answered',
      'Question 5: Not answered',
    ])
    expect((await complete).detail).toMatchObject({ score: 1, maxScore: 5 })
    expect($$('.rv li')).toHaveLength(1)
    await click(button('Try again'))
    expect($$<HTMLInputElement>('input[type=radio]').some((i) => i.checked)).toBe(false)
  })

  it('switches language and grades the checked answers again in it', async () => {
    const calls = quizServer()
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    await click($$('input[type=radio]')[0])
    await click(button('تحقّق'))
    await until(() => $('.fb'))
    await click(button('English'))
    await until(() => $('.w[lang=en]') && text().includes('Correct'))
    expect(text()).toContain('Where?')
    expect($('.w')!.getAttribute('dir')).toBe('ltr')
    expect(calls.some((c) => c.url.pathname.endsWith('/grade') && c.url.searchParams.get('lang') === 'en')).toBe(true)
  })
})

describe('the language asked for and the one the reader chose', () => {
  /** The quiz requests (their `lang`) and the localStorage reads, in the order they happen. */
  function logged() {
    const log: string[] = []
    const getItem = localStorage.getItem.bind(localStorage)
    vi.spyOn(localStorage, 'getItem').mockImplementation((key: string) => {
      log.push('read ' + key)
      return getItem(key)
    })
    const calls = quizServer((call) => {
      if (call.url.pathname === '/v1/quizzes/demo') log.push('quiz ' + call.url.searchParams.get('lang'))
      return undefined
    })
    return { log, calls }
  }
  afterEach(() => vi.restoreAllMocks())

  // In a new tab the first localStorage read waits on the browser: the request does not wait for it.
  for (const [chosen, lang, requests, shown] of [
    [undefined, 'ar', ['quiz ar'], 'ar'],
    ['ar', 'ar', ['quiz ar'], 'ar'],
    ['en', 'ar', ['quiz ar', 'quiz en'], 'en'],
    ['ar', 'en', ['quiz en', 'quiz ar'], 'ar'],
  ] as const) {
    it(`data-lang ${lang}, ${chosen ? `${chosen} chosen with the switch` : 'no choice'}: the quiz in ${lang} is asked for before localStorage is read, and ${shown} shows`, async () => {
      if (chosen) localStorage.setItem('fahm:lang', JSON.stringify(chosen))
      const { log } = logged()
      handle = mount(el, { quiz: 'demo', lang })
      await until(() => $(`.w[lang=${shown}] .p`))
      expect(log.filter((entry) => entry.startsWith('quiz '))).toEqual(requests)
      expect(log[0]).toBe(`quiz ${lang}`)
      expect(log[1]).toBe('read fahm:lang')
      expect(text()).toContain(shown === 'en' ? 'Where?' : 'أين؟')
    })
  }

  it('without data-lang, the choice is read first and the quiz asked for in it', async () => {
    localStorage.setItem('fahm:lang', JSON.stringify('en'))
    const { log } = logged()
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.w[lang=en] .p'))
    expect(log.slice(0, 2)).toEqual(['read fahm:lang', 'quiz en'])
  })
})

describe('a quiz in one language', () => {
  /** Language and direction of the closest element that sets them. */
  const langOf = (node: Element) => {
    const marked = node.closest('[lang]')!
    return [marked.getAttribute('lang'), node.closest('[dir]')!.getAttribute('dir')]
  }

  it('has no language switch; a quiz in two languages has one', async () => {
    quizServer(undefined, ['ar'])
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    expect(button('English')).toBeUndefined()
    expect($$('header button')).toHaveLength(0)
    handle.unmount()

    el = document.body.appendChild(document.createElement('div'))
    vi.unstubAllGlobals()
    quizServer()
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    expect(button('English')).toBeDefined()
  })

  it('keeps the widget in the language asked for (data-lang/lang) around an Arabic quiz, its texts right-to-left', async () => {
    const calls = quizServer(undefined, ['ar'])
    handle = mount(el, { quiz: 'demo', lang: 'en' })
    await until(() => $('.p'))
    expect(calls[0]!.url.searchParams.get('lang')).toBe('en')
    // The widget: English, left to right, Latin digits.
    expect(langOf($('.w')!)).toEqual(['en', 'ltr'])
    expect(button('Check')).toBeDefined()
    expect(button('Next')).toBeDefined()
    expect(text()).toContain('Question \u20681 / 5\u2069')
    expect($$('header button')).toHaveLength(0)
    // The quiz: Arabic, right to left.
    expect(langOf($('h2')!)).toEqual(['ar', 'rtl'])
    expect($('h2')!.textContent).toBe('اختبار تجريبي')
    expect(langOf($('.p')!)).toEqual(['ar', 'rtl'])
    expect($$('label.o').map((l) => [l.textContent, ...langOf(l)])).toEqual([
      ['بكين', 'ar', 'rtl'],
      ['موسكو', 'ar', 'rtl'],
    ])
    // The check button and the feedback labels are the widget's; what the grader wrote is the quiz's.
    await click($$('input[type=radio]')[1])
    await click(button('Check'))
    await until(() => $('.fb'))
    expect(calls.find((c) => c.url.pathname.endsWith('/check'))!.url.searchParams.get('lang')).toBe('ar')
    expect(langOf($('.fb .v')!)).toEqual(['en', 'ltr'])
    expect($('.fb .v')!.textContent).toContain('Not correct')
    expect(langOf($('.fb bdi')!)).toEqual(['ar', 'rtl'])
    // True/false are the widget's own labels: in English around an Arabic statement.
    await click(button('Next'))
    await click(button('Next'))
    expect(langOf($('.p')!)).toEqual(['ar', 'rtl'])
    expect($$('label.o').map((l) => [l.textContent, ...langOf(l)])).toEqual([
      ['True', 'en', 'ltr'],
      ['False', 'en', 'ltr'],
    ])
  })

  it('follows a <fahm-quiz lang> attribute for its own strings only', async () => {
    quizServer(undefined, ['en'])
    await import('../../src/widget/index.tsx')
    const q = document.createElement('fahm-quiz')
    q.setAttribute('quiz', 'demo')
    q.setAttribute('lang', 'ar')
    q.setAttribute('api', 'http://fahm.test/')
    document.body.appendChild(q)
    const sr = () => q.shadowRoot!
    await until(() => sr().querySelector('.p'))
    expect(sr().querySelector('.w')!.getAttribute('lang')).toBe('ar')
    expect([...sr().querySelectorAll('button')].map((b) => b.textContent)).toEqual(['تحقّق', 'التالي'])
    expect(sr().querySelector('.p')!.getAttribute('lang')).toBe('en')
    expect(sr().querySelector('.p')!.getAttribute('dir')).toBe('ltr')
    expect(sr().querySelector('.p')!.textContent).toBe('Where? <img src=x onerror="window.__pwned=1">')
    q.remove()
  })
})

describe('failures', () => {
  it('keeps the quiz when a language switch fails, and the switch tries again', async () => {
    let down = true
    quizServer((call) => (down && call.url.searchParams.get('lang') === 'en' ? Response.error() : undefined))
    handle = mount(el, { quiz: 'demo' })
    await until(() => $('.p'))
    await click(button('English'))
    await until(() => $('p.err'), 4000)
    expect($('.w')!.getAttribute('lang')).toBe('ar')
    expect(text()).toContain('أين؟')
    down = false
    await click(button('English'))
    await until(() => $('.w[lang=en]'))
    expect(text()).toContain('Where?')
  })

  it('shows a retry button after reads fail, and recovers', async () => {
    let down = true
    const calls = quizServer((call) => (down && call.method === 'GET' ? json({ detail: 'down' }, 503) : undefined))
    handle = mount(el, { quiz: 'demo', lang: 'en' })
    const retry = await until(() => button('Retry'), 4000)
    expect($('[role=alert]')!.textContent).toContain("Couldn't load the quiz.")
    expect(calls.length).toBe(3)
    down = false
    await click(retry)
    await until(() => $('.p'))
  })

  it('says which quiz does not exist', async () => {
    stubFetch(() => json({ status: 404, detail: 'No quiz "nope".' }, 404))
    handle = mount(el, { quiz: 'nope', lang: 'en' })
    await until(() => $('[role=alert]'))
    // In the widget's language only, and no Retry: a quiz that does not exist will not appear.
    expect(text()).toBe("This quiz doesn't exist or is no longer available.")
    expect(button('Retry')).toBeUndefined()
  })

  it.each([
    ['ar', 429, 'rate-limited', 'Too many requests: at most 600 per 60 s. Try again in 60 s.', 'محاولات كثيرة في وقت قصير'],
    ['en', 429, 'rate-limited', 'Too many requests: at most 600 per 60 s. Try again in 60 s.', 'Too many tries in a short time'],
    ['ar', 400, 'invalid-request', 'body.answer: Expected string, received number', 'تعذّر الإرسال'],
    ['en', 422, undefined, 'Something the server says to developers', "Couldn't send"],
  ] as const)('shows a refused check in the reader’s language (%s, %i %s), never the API’s detail', async (lang, status, code, detail, shown) => {
    quizServer((call) => (call.method === 'POST' ? json({ status, ...(code ? { code } : {}), detail }, status) : undefined))
    handle = mount(el, { quiz: 'demo', lang })
    await until(() => $('.p'))
    await click($$('input[type=radio]')[0])
    await click(button(lang === 'ar' ? 'تحقّق' : 'Check'))
    await until(() => $('p.err'))
    expect($('p.err')!.textContent).toContain(shown)
    expect($('p.err')!.textContent).not.toContain(detail)
  })

  it('announces a result as its feedback shows it: partly right, and no reading of a choice', async () => {
    quizServer((call) =>
      call.url.pathname.endsWith('/check')
        ? json({ ...fakeResult('city', false), score: 0.5, parsed: { kind: 'choice', choiceIds: ['beijing'], display: 'Beijing' } })
        : undefined,
    )
    handle = mount(el, { quiz: 'demo', lang: 'en' })
    await until(() => $('.p'))
    await click($$('input[type=radio]')[0])
    await click(button('Check'))
    await until(() => $('.sr[aria-live]')?.textContent)
    expect($('.sr[aria-live]')!.textContent).toBe('Partly correct')
    expect($('.fb .v')!.textContent).toContain('Partly correct')
  })

  it('keeps the answer when a check fails', async () => {
    quizServer((call) => (call.method === 'POST' ? Response.error() : undefined))
    handle = mount(el, { quiz: 'demo', lang: 'en' })
    await until(() => $('.p'))
    await click($$('input[type=radio]')[0])
    await click(button('Check'))
    await until(() => $('p.err'))
    expect($('p.err')!.textContent).toContain('saved')
    expect($$<HTMLInputElement>('input[type=radio]')[0]!.checked).toBe(true)
  })
})

describe('classroom', () => {
  const asg = { code: 'ABC234', title: 'Homework', quizId: 'demo', maxAttempts: 2, shuffle: false, status: 'open' }

  function classServer(submit: (call: Call) => Response) {
    return stubFetch((call) => {
      const p = call.url.pathname
      if (p === '/v1/assignments/ABC234') return json(asg)
      if (p === '/v1/assignments/ABC234/quiz') return json(fakeQuiz('en'))
      if (p === '/v1/assignments/ABC234/attempts') return submit(call)
      return json({ detail: 'unexpected ' + p }, 404)
    })
  }

  it('asks for a name, has no Check, and submits once with a stable Idempotency-Key', async () => {
    let fail = true
    const calls = classServer(() =>
      fail
        ? Response.error()
        : json(
            {
              attemptId: 'a1',
              attemptNumber: 1,
              attemptsLeft: 1,
              score: 1,
              maxScore: 5,
              submittedAt: 'x',
              revealed: false,
              results: [{ questionId: 'city', answered: true }],
            },
            201,
          ),
    )
    handle = mount(el, { assignment: 'ABC234' })
    await until(() => $('.p'))
    expect(text()).toContain('Homework')
    expect(button('Check')).toBeUndefined()
    const name = $<HTMLInputElement>('#nm')!
    expect(name.maxLength).toBe(60)
    expect($('label[for=nm]')!.textContent).toBe('Your name')
    await click($$('input[type=radio]')[0])
    for (let i = 0; i < 4; i++) await click(button('Next'))
    await click(button('Submit answers'))
    await until(() => $('p.err'))
    expect($('p.err')!.textContent).toBe('Enter your name first.')
    // Said under the field, where focus goes (not beside Submit, a screen away on a phone), and as its description.
    expect($$('.err')).toHaveLength(1)
    expect(name.parentElement!.nextElementSibling).toBe($('p.err'))
    expect(root().activeElement).toBe(name)
    expect(name.getAttribute('aria-invalid')).toBe('true')
    expect($(`#${name.getAttribute('aria-describedby')}`)!.textContent).toBe('Enter your name first.')
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(0)

    await type(name, 'Huda')
    expect(name.hasAttribute('aria-invalid')).toBe(false)
    expect($('p.err')).toBeNull()
    await finish('Submit answers')
    await until(() => $('p.err')?.textContent?.includes('saved'))
    fail = false
    await finish('Submit answers')
    await until(() => $('#sc'))
    const posts = calls.filter((c) => c.method === 'POST')
    expect(posts).toHaveLength(2)
    const key = posts[0]!.headers['Idempotency-Key']!
    expect(key).toMatch(/^[0-9a-f-]{36}$/)
    expect(posts[1]!.headers['Idempotency-Key']).toBe(key)
    expect(posts[1]!.body).toMatchObject({ name: 'Huda', answers: { city: 'beijing' } })
    expect(Date.parse((posts[1]!.body as { startedAt: string }).startedAt)).not.toBeNaN()
    expect(text()).toContain('Your answers were submitted.')
    expect(text()).toContain('Attempts left: 1')
    expect($('.fb')).toBeNull()
  })

  it('shows per-question feedback only when the attempt is revealed', async () => {
    classServer(() =>
      json(
        { attemptId: 'a1', attemptNumber: 1, attemptsLeft: 0, score: 1, maxScore: 5, submittedAt: 'x', revealed: true, results: [fakeResult('city', true)] },
        201,
      ),
    )
    handle = mount(el, { assignment: 'ABC234', lang: 'en' })
    await until(() => $('#nm'))
    const name = $<HTMLInputElement>('#nm')!
    await type(name, 'Omar')
    for (let i = 0; i < 4; i++) await click(button('Next'))
    await finish('Submit answers')
    await until(() => $('#sc'))
    expect($$('.fb')).toHaveLength(1)
    expect(button('Try again')).toBeUndefined()
  })

  it('shows a typed answer as the student typed it in the review, beside the right answer', async () => {
    // A wrong text answer: the grader's reading of it is not shown (it would only repeat the typing),
    // so without the typed answer the review would say "Not correct" about an answer the student cannot see.
    const wrong = { ...fakeResult('name', false), parsed: { kind: 'text' as const, normalized: 'moscow', matched: null, display: 'Moscow' } }
    classServer(() =>
      json({ attemptId: 'a1', attemptNumber: 1, attemptsLeft: 0, score: 0, maxScore: 5, submittedAt: 'x', revealed: true, results: [wrong] }, 201),
    )
    handle = mount(el, { assignment: 'ABC234', lang: 'en' })
    await until(() => $('#nm'))
    await type($<HTMLInputElement>('#nm')!, 'Omar')
    for (let i = 0; i < 4; i++) await click(button('Next'))
    await type($<HTMLInputElement>('#q-name-i')!, '<b>Mosco</b>w')
    await finish('Submit answers')
    await until(() => $('#sc'))
    const review = $('#rv-name')!
    const typed = [...review.querySelectorAll('p')].find((p) => p.textContent?.startsWith('Your answer: '))
    expect(typed?.textContent).toBe('Your answer: <b>Mosco</b>w')
    expect(typed!.querySelector('bdi')!.getAttribute('dir')).toBe('auto')
    expect(review.querySelector('b')).toBeNull()
    expect(review.textContent).toContain('Right answer: expected answer')
  })

  it('marks an Arabic title on an English page as Arabic, so a screen reader voices it so', async () => {
    stubFetch((call) => {
      const p = call.url.pathname
      if (p === '/v1/assignments/ABC234') return json({ ...asg, title: 'قراءة: قمة بكين' })
      if (p === '/v1/assignments/ABC234/quiz') return json(fakeQuiz('en'))
      return json({ detail: 'unexpected ' + p }, 404)
    })
    handle = mount(el, { assignment: 'ABC234', lang: 'en' })
    await until(() => $('#nm'))
    expect($('h2')!.outerHTML).toBe('<h2 dir="auto" lang="ar">قراءة: قمة بكين</h2>')
  })

  it('says why the attempt is refused in the page language, not the server’s developer text', async () => {
    classServer(() => json({ status: 409, code: 'max-attempts-reached', detail: 'You have used all 2 attempts.' }, 409))
    handle = mount(el, { assignment: 'ABC234', lang: 'en' })
    await until(() => $('#nm'))
    const name = $<HTMLInputElement>('#nm')!
    await type(name, 'Omar')
    for (let i = 0; i < 4; i++) await click(button('Next'))
    await finish('Submit answers')
    await until(() => $('p.err'))
    expect($('p.err')!.textContent).toBe('You have used all your attempts.')
  })

  it('works for a classroom quiz, whose assignment has no quizId and whose quiz id is assignment-CODE', async () => {
    const { quizId: _hidden, ...classroomAsg } = asg
    const calls = stubFetch((call) => {
      const p = call.url.pathname
      if (p === '/v1/assignments/ABC234') return json(classroomAsg)
      if (p === '/v1/assignments/ABC234/quiz') return json({ ...fakeQuiz('en'), id: 'assignment-ABC234' })
      if (p === '/v1/assignments/ABC234/attempts') {
        return json(
          { attemptId: 'a1', attemptNumber: 1, attemptsLeft: 1, score: 1, maxScore: 5, submittedAt: 'x', revealed: true, results: [fakeResult('city', true)] },
          201,
        )
      }
      return json({ detail: 'unexpected ' + p }, 404)
    })
    const ready = new Promise<CustomEvent>((resolve) => el.addEventListener('fahm:ready', (e) => resolve(e as CustomEvent)))
    const complete = new Promise<CustomEvent>((resolve) => el.addEventListener('fahm:complete', (e) => resolve(e as CustomEvent)))
    handle = mount(el, { assignment: 'ABC234', lang: 'en' })
    expect((await ready).detail).toMatchObject({ quizId: 'assignment-ABC234', version: 1 })
    await until(() => $('#nm'))
    await type($<HTMLInputElement>('#nm')!, 'Huda')
    await click($$('input[type=radio]')[0])
    for (let i = 0; i < 4; i++) await click(button('Next'))
    await finish('Submit answers')
    await until(() => $('#sc'))
    expect((await complete).detail).toMatchObject({ quizId: 'assignment-ABC234', score: 1, maxScore: 5 })
    expect($$('.fb')).toHaveLength(1)
    // Only the assignment's endpoints: the widget never needs the quiz's own id.
    expect(calls.map((c) => c.url.pathname).every((p) => p.startsWith('/v1/assignments/ABC234'))).toBe(true)
    expect(calls.filter((c) => c.method === 'POST')).toHaveLength(1)
    // Graded in the language the student reads: its feedback and explanations come back in it.
    expect(calls.find((c) => c.method === 'POST')!.url.searchParams.get('lang')).toBe('en')
  })

  it('says when the assignment is closed', async () => {
    stubFetch((call) => (call.url.pathname === '/v1/assignments/ABC234' ? json({ ...asg, status: 'closed' }) : json(fakeQuiz('en'))))
    handle = mount(el, { assignment: 'ABC234', lang: 'en' })
    await until(() => $('[role=status]'))
    expect(text()).toContain('This assignment is closed.')
    expect($('form')).toBeNull()
  })
})

describe('options and the element', () => {
  it('reads options from attributes', () => {
    const attrs: Record<string, string> = { quiz: 'q', lang: 'en', mode: 'all', theme: 'dark', 'show-article': '' }
    expect(readOptions((n) => attrs[n])).toMatchObject({ quiz: 'q', lang: 'en', mode: 'all', theme: 'dark', showArticle: true })
    expect(readOptions(() => null)).toMatchObject({ mode: 'one', showArticle: false, lang: undefined })
    expect(readOptions((n) => ({ lang: 'fr', 'show-article': 'false' })[n])).toMatchObject({ lang: undefined, showArticle: false })
  })

  it('styles the shadow root without a <style> element, and the host page cannot reach in', async () => {
    quizServer()
    handle = mount(el, { quiz: 'demo', theme: 'dark' })
    await until(() => $('.p'))
    expect(root().adoptedStyleSheets.length).toBe(1)
    expect($('style')).toBeNull()
    expect($('.w')!.classList.contains('dark')).toBe(true)
    expect(document.querySelector('.p')).toBeNull()
  })

  it('<fahm-quiz> follows its attributes live and unmounts when removed', async () => {
    const calls = quizServer()
    await import('../../src/widget/index.tsx')
    expect(typeof window.Fahm?.mount).toBe('function')
    const q = document.createElement('fahm-quiz')
    q.setAttribute('quiz', 'demo')
    q.setAttribute('api', 'http://fahm.test/')
    document.body.appendChild(q)
    const sr = () => q.shadowRoot!
    await until(() => sr().querySelector('.p'))
    expect(sr().querySelector('.w')!.getAttribute('lang')).toBe('ar')
    q.setAttribute('lang', 'en')
    await until(() => sr().querySelector('.w[lang=en]'))
    expect(calls.some((c) => c.url.searchParams.get('lang') === 'en')).toBe(true)
    q.setAttribute('mode', 'all')
    await until(() => sr().querySelectorAll('form').length === 5)
    q.remove()
    expect(sr().querySelector('.w')).toBeNull()
  })
})

describe('a quiz supplied by the page (the studio preview)', () => {
  it('renders the quiz the api object gives and sends checks and grades to it, never to a server', async () => {
    const calls: string[] = []
    const fetched = stubFetch(() => json({ detail: 'no server here' }, 500))
    const api = {
      quiz: async (id: string, lang?: 'ar' | 'en') => {
        calls.push(`quiz ${id} ${lang ?? ''}`)
        return fakeQuiz(lang ?? 'ar')
      },
      check: async (id: string, qid: string, answer: unknown, lang: 'ar' | 'en') => {
        calls.push(`check ${id} ${qid} ${String(answer)} ${lang}`)
        return fakeResult(qid, answer === 'beijing', 'بكين')
      },
      grade: async (id: string, answers: Record<string, unknown>, lang: 'ar' | 'en') => {
        calls.push(`grade ${id} ${Object.keys(answers).join(',')} ${lang}`)
        return { score: 1, maxScore: 5, results: [fakeResult('city', true)] }
      },
    }
    handle = mount(el, { quiz: 'draft', api, lang: 'en', mode: 'all' })
    await until(() => $('.p'))
    expect(text()).toContain('Demo quiz')
    await click($$('input[type=radio]')[0])
    await click($$('form')[0]!.querySelector('button[type=submit]')!)
    await until(() => $('.fb'))
    expect($('.fb')!.textContent).toContain('Correct')
    await finish('See score')
    await until(() => $('#sc'))
    // Checks and grades name the quiz by the id of the quiz the api object gave.
    expect(calls).toEqual(['quiz draft en', 'check demo city beijing en', 'grade demo city en'])
    expect(fetched).toHaveLength(0)
  })
})

describe('question ids', () => {
  it('treats a question id named like an Object.prototype member (`constructor`) as any other', async () => {
    const quiz = fakeQuiz('en')
    quiz.questions[0]!.id = 'constructor'
    quizServer((call) => (call.method === 'GET' && call.url.pathname === '/v1/quizzes/demo' ? json(quiz) : undefined))
    handle = mount(el, { quiz: 'demo', lang: 'en', mode: 'all' })
    await until(() => $('.p'))
    const first = () => $$('form')[0]!
    // Nothing checked yet: no feedback, and its Check waits for an answer.
    expect($$('.fb')).toHaveLength(0)
    expect(first().querySelector<HTMLButtonElement>('button[type=submit]')!.disabled).toBe(true)

    // A review lists only the questions the grader returned (here not `constructor`).
    await click($$('input[type=checkbox]')[0])
    await finish('See score')
    await until(() => $('#sc'))
    expect($$('.rv li').map((li) => li.querySelector('summary')!.textContent)).toEqual(['Choose'])
    await click(button('Try again'))

    // Answered and checked, it behaves like any question, also after a reload from localStorage.
    await click(first().querySelector('input[type=radio]')!)
    await click(first().querySelector('button[type=submit]')!)
    await until(() => first().querySelector('.fb'))
    expect($$('.fb')).toHaveLength(1)
    handle.unmount()
    const saved = JSON.parse(localStorage.getItem('fahm:q:demo:1')!)
    expect(saved.answers).toEqual({ constructor: 'beijing' })
    expect(Object.keys(saved.results)).toEqual(['constructor'])
    handle = mount(el, { quiz: 'demo', lang: 'en', mode: 'all' })
    await until(() => $('.p'))
    expect(first().querySelector<HTMLInputElement>('input[type=radio]')!.checked).toBe(true)
    expect(first().querySelector('.fb')!.textContent).toContain('Correct')
    expect($$('.fb')).toHaveLength(1)
  })
})
