import { render } from 'preact'
import { App } from './app.tsx'
import type { Lang } from './i18n.ts'
import { loadLang } from './store.ts'
import { CSS } from './styles.ts'

// The /teach page: <main id="teach" data-lang="ar|en"> rendered by the Worker; this fills it.
const root = document.getElementById('teach')
if (root) {
  const style = document.createElement('style')
  style.textContent = CSS
  document.head.appendChild(style)
  // `?lang=` says which language the visitor asked for; without it, the one they chose last time.
  const asked = new URLSearchParams(location.search).get('lang')
  const initial: Lang = asked === 'en' || asked === 'ar' ? asked : loadLang(root.dataset.lang === 'en' ? 'en' : 'ar')
  root.textContent = ''
  render(<App initialLang={initial} />, root)
}
