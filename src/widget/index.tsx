import { FULL } from './flags.ts'
import { doc, globalOf } from './globals.ts'
import { createMount, readOptions, type Handle } from './mount.tsx'
import type { Options } from './types.ts'

declare const __VERSION__: string

type FahmGlobal = { mount: (el: HTMLElement, options?: Options) => Handle; version: string }
declare global {
  interface Window {
    Fahm?: FahmGlobal
  }
}

// Captured while this script runs: the API lives where widget.js was served from.
// A module script (type="module") or a loader has no currentScript: the tag that names widget.js then.
// So does a page whose element is named currentScript (`<img name="currentScript" src=…>`, DOM
// clobbering): its src must never become the base the widget loads its scripts from.
const current = doc('currentScript')
const script = (current instanceof HTMLScriptElement ? current : doc('querySelector')('script[src*="/widget"]')) as HTMLScriptElement | null
const base = script?.src ? new URL('.', script.src).href : new URL('/', location.href).href

// A second copy of the script (two script-tag embeds on one page) reuses the first one.
const fahm: FahmGlobal = globalOf('Fahm') ?? (window.Fahm = { mount: createMount(base), version: typeof __VERSION__ == 'string' ? __VERSION__ : 'dev' })

// widget-full.js (this entry with the classroom flow and the article) offers its mount to a widget.js that loaded it.
if (FULL) globalOf('FahmFull') ?? (window.FahmFull = { mount: createMount(base) })

// Script-tag embed: <script src=".../widget.js" data-quiz="…" async></script> renders into
// data-target, else right after the tag. A tag in <head> (a CMS's "header scripts" box) has no place
// in the page: it renders at the end of <body>. Both wait for the page to be parsed (DOMContentLoaded).
// It mounts before the custom element is defined: its quiz's request goes out first (in a new tab the
// definition takes several milliseconds).
if (script && (script.dataset.quiz || script.dataset.assignment)) {
  const tag = script
  const options = { ...readOptions((name) => tag.getAttribute('data-' + name)), nonce: tag.nonce || undefined }
  const selector = tag.dataset.target
  const inBody = tag.closest('body')
  const place = () => {
    let el: HTMLElement | null = selector ? doc('querySelector')<HTMLElement>(selector) : null
    if (!el) {
      el = doc('createElement')('div')
      // ChildNode and ParentNode: the Workers types' Element (HTMLRewriter's) has other after/append.
      if (inBody) (tag as ChildNode).after(el)
      else (doc('body') as ParentNode).append(el)
    }
    fahm.mount(el, options)
  }
  if ((selector || !inBody) && doc('readyState') === 'loading') doc('addEventListener')('DOMContentLoaded', place)
  else place()
}

const ATTRS = ['quiz', 'lang', 'mode', 'theme', 'assignment', 'show-article', 'api', 'digits']

if (!customElements.get('fahm-quiz')) {
  customElements.define(
    'fahm-quiz',
    class extends HTMLElement {
      // Getters, not class fields: fields cost a helper in the es2020 bundle.
      static get observedAttributes() {
        return ATTRS
      }
      declare handle?: Handle
      connectedCallback() {
        this.attributeChangedCallback()
      }
      attributeChangedCallback() {
        if (this.isConnected)
          this.handle = fahm.mount(
            this,
            readOptions((name) => this.getAttribute(name)),
          )
      }
      disconnectedCallback() {
        this.handle?.unmount()
        this.handle = undefined
      }
    },
  )
}
