import { render } from 'preact'
import { App } from './app.tsx'
import type { Lang } from './i18n.ts'
import { pageLang } from './store.ts'
import { CSS } from './styles.ts'

// The /teach page: <main id="teach" data-lang="ar|en"> rendered by the Worker; this fills it.
const root = document.getElementById('teach')
if (root) {
  const style = document.createElement('style')
  style.textContent = CSS
  document.head.appendChild(style)
  const initial: Lang = pageLang(location.search, root.dataset.lang === 'en' ? 'en' : 'ar')
  root.textContent = ''
  render(<App initialLang={initial} />, root)
}
