import { render } from 'preact'
import { createApi, type Api } from './api.ts'
import { App } from './app.tsx'
import { FULL } from './flags.ts'
import { doc, globalOf } from './globals.ts'
import { adoptStyles } from './styles.ts'
import type { Options } from './types.ts'

export type Handle = {
  /** Removes the widget from the element (its saved progress stays in localStorage). */
  unmount: () => void
  /** Re-renders with new options; the element's attributes call this when they change. */
  update: (options: Options) => void
}

const mounted = new WeakMap<Element, Handle>()

/**
 * Renders a quiz into `el` inside an open shadow root. Calling it again on the same element
 * updates the options. Events `fahm:ready`, `fahm:answer` and `fahm:complete` are dispatched on
 * `el` (bubbling and composed).
 */
export function createMount(defaultApi: string) {
  return function mount(el: HTMLElement, options: Options = {}): Handle {
    const existing = mounted.get(el)
    if (existing) {
      existing.update(options)
      return existing
    }
    if (!FULL && needsFull(options)) return mountFull(defaultApi, el, options)
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' })
    // A container of our own, so a fallback <style> element beside it is never diffed away.
    const box = doc('createElement')('div')
    shadow.append(box)
    let base: Options['api'] = ''
    let api: Api
    const draw = (o: Options) => {
      // An element switched to an assignment or the article after it showed a quiz: the full bundle takes over.
      if (!FULL && needsFull(o)) {
        handle.unmount()
        return void mountFull(defaultApi, el, o)
      }
      const emit = (type: string, detail: object) => el.dispatchEvent(new CustomEvent('fahm:' + type, { detail, bubbles: true, composed: true }))
      const b = o.api || defaultApi
      // A string is a server's base URL; an object answers the calls itself (the studio's preview).
      if (b !== base) api = typeof (base = b) == 'string' ? createApi(base) : (base as Api)
      render(
        <App
          quiz={o.quiz}
          assignment={o.assignment}
          lang={o.lang}
          mode={o.mode === 'all' ? 'all' : 'one'}
          theme={o.theme === 'dark' || o.theme === 'light' ? o.theme : 'auto'}
          showArticle={!!o.showArticle}
          digits={o.digits === 'latn' || o.digits === 'arab' ? o.digits : undefined}
          api={api!}
          base={defaultApi}
          emit={emit}
        />,
        box,
      )
    }
    const handle: Handle = {
      unmount: () => {
        render(null, box)
        box.remove()
        mounted.delete(el)
      },
      update: draw,
    }
    mounted.set(el, handle)
    draw(options)
    // The styles after the first render, which sends the quiz's request (and shows nothing yet):
    // parsing them (1–5 ms in a new tab) need not delay it; they are in place before the first paint.
    adoptStyles(shadow, options.nonce)
    return handle
  }
}

declare global {
  interface Window {
    /** Set by widget-full.js: its mount, with the classroom flow and the article. */
    FahmFull?: { mount: (el: HTMLElement, options: Options) => Handle }
  }
}

/** What widget.js leaves to widget-full.js: an assignment, or the article beside the quiz. */
const needsFull = (options: Options) => !!(options.assignment || options.showArticle)

let fullScript: Promise<void> | undefined

/**
 * widget.js leaves the classroom flow and the article out (news pages need neither): they load
 * widget-full.js from the same server once, and its mount renders them. The handle works meanwhile.
 */
function mountFull(base: string, el: HTMLElement, options: Options): Handle {
  let latest = options
  let inner: Handle | undefined
  let gone = false
  fullScript ??= new Promise((resolve, reject) => {
    const script = doc('createElement')('script')
    script.src = new URL('widget-full.js', base).href
    script.onload = () => resolve()
    script.onerror = reject
    doc('head').appendChild(script)
  })
  const handle: Handle = {
    update: (next) => {
      if (inner) inner.update(next)
      else latest = next
    },
    unmount: () => {
      gone = true
      inner?.unmount()
      mounted.delete(el)
    },
  }
  mounted.set(el, handle)
  fullScript.then(() => {
    if (!gone) inner = globalOf('FahmFull')!.mount(el, latest)
  })
  return handle
}

/** Options from attribute values: `get('lang')` reads `lang` or `data-lang`. */
export function readOptions(get: (name: string) => string | null | undefined): Options {
  const v = (name: string) => get(name) ?? undefined
  const lang = v('lang')
  const mode = v('mode')
  const article = get('show-article')
  return {
    quiz: v('quiz'),
    assignment: v('assignment'),
    lang: lang === 'ar' || lang === 'en' ? lang : undefined,
    mode: mode === 'all' ? 'all' : 'one',
    theme: v('theme') as Options['theme'],
    showArticle: article != null && article !== 'false',
    digits: v('digits') as Options['digits'],
    api: v('api'),
  }
}
