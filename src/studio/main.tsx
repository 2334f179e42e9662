import './zod-config.ts'
import { render } from 'preact'
import type { Lang } from '../core/quiz-schema.ts'
import { pageLang } from '../teach/store.ts'
import { App } from './app.tsx'
import { CSS } from './styles.ts'

// The /studio page: <main id="studio" data-lang="ar|en"> rendered by the Worker; this fills it.
// The stylesheet is constructed, not a <style> element, so the page's CSP needs no 'unsafe-inline'.
const root = document.getElementById('studio')
if (root) {
  const sheet = new CSSStyleSheet()
  sheet.replaceSync(CSS)
  document.adoptedStyleSheets = [...document.adoptedStyleSheets, sheet]
  // `?lang=` wins over the language chosen last time (kept with /teach's), as on /teach.
  const initial: Lang = pageLang(location.search, root.dataset.lang === 'en' ? 'en' : 'ar')
  root.textContent = ''
  render(<App initialLang={initial} />, root)
}
