import { EXTERNAL_UI as EXTERNAL } from './flags.ts'
import { doc, globalOf } from './globals.ts'
import { strings, type Strings } from './i18n.ts'
import { addQuizStyles } from './styles.ts'
import type { Lang } from './types.ts'

declare global {
  interface Window {
    /** Filled by public/widget-ui.<lang>.js: the strings of each language, and the quiz's styles. */
    FahmStrings?: Partial<Record<Lang, Strings>> & { css?: string }
  }
}

const loading: Partial<Record<Lang, Promise<Strings>>> = {}

/**
 * The strings of `lang`. A bundle loads them once per page from `base` as a script (no CORS needed,
 * and a host's CSP that lets widget.js run lets them run too), in parallel with the quiz, with the
 * quiz's styles.
 */
export function loadStrings(base: string, lang: Lang): Promise<Strings> {
  if (!EXTERNAL) return Promise.resolve(strings[lang])
  return (loading[lang] ??= new Promise<Strings>((resolve, reject) => {
    const ready = () => {
      const loaded = globalOf('FahmStrings')
      if (loaded?.css) addQuizStyles(loaded.css)
      return loaded?.[lang]
    }
    if (ready()) return resolve(ready()!)
    const script = doc('createElement')('script')
    script.src = new URL(`widget-ui.${lang}.js`, base).href
    script.onload = () => (ready() ? resolve(ready()!) : reject(new Error('no strings')))
    script.onerror = () => {
      // A later mount (or Retry) tries again.
      delete loading[lang]
      script.remove()
      reject(new Error('no strings'))
    }
    doc('head').appendChild(script)
  }))
}

/** The strings of `lang` if they are here already (the other language's until then, else none). */
export function stringsNow(lang: Lang): Strings | undefined {
  return EXTERNAL ? globalOf('FahmStrings')?.[lang] : strings[lang]
}

/** What the widget can say when its strings cannot load: only that loading failed (kept short: it ships in widget.js). */
export const fallback: Record<Lang, Pick<Strings, 'loadFail' | 'retry'>> = {
  ar: { loadFail: 'تعذّر تحميل الاختبار.', retry: 'إعادة المحاولة' },
  en: { loadFail: "Couldn't load the quiz.", retry: 'Retry' },
}
