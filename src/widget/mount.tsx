import { render } from 'preact'
import { createApi, type Api } from './api.ts'
import { App } from './app.tsx'
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
    const shadow = el.shadowRoot ?? el.attachShadow({ mode: 'open' })
    adoptStyles(shadow, options.nonce)
    // A container of our own, so a fallback <style> element beside it is never diffed away.
    const box = document.createElement('div')
    shadow.append(box)
    let base: Options['api'] = ''
    let api: Api
    const draw = (o: Options) => {
      const emit = (type: string, detail: object) =>
        el.dispatchEvent(new CustomEvent('fahm:' + type, { detail, bubbles: true, composed: true }))
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
          api={api!}
          emit={emit}
        />,
        box,
      )
    }
    draw(options)
    const handle: Handle = {
      unmount: () => {
        render(null, box)
        box.remove()
        mounted.delete(el)
      },
      update: draw,
    }
    mounted.set(el, handle)
    return handle
  }
}

/** Options from attribute values: `get('lang')` reads `lang` or `data-lang`. */
export function readOptions(get: (name: string) => string | null | undefined): Options {
  const v = (name: string) => get(name) ?? undefined
  const lang = v('lang')
  const mode = v('mode')
  const flag = (name: string) => {
    const f = get(name)
    return f != null && f !== 'false'
  }
  return {
    quiz: v('quiz'),
    assignment: v('assignment'),
    lang: lang === 'ar' || lang === 'en' ? lang : undefined,
    mode: mode === 'all' ? 'all' : 'one',
    theme: v('theme') as Options['theme'],
    showArticle: flag('show-article'),
    api: v('api'),
  }
}
