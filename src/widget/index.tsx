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
const script = document.currentScript as HTMLScriptElement | null
const base = script?.src ? new URL('.', script.src).href : new URL('/', location.href).href

// A second copy of the script (two script-tag embeds on one page) reuses the first one.
const fahm: FahmGlobal = (window.Fahm ??= { mount: createMount(base), version: typeof __VERSION__ == 'string' ? __VERSION__ : 'dev' })

const ATTRS = ['quiz', 'lang', 'mode', 'theme', 'assignment', 'show-article', 'api']

if (!customElements.get('fahm-quiz')) {
  customElements.define(
    'fahm-quiz',
    class extends HTMLElement {
      // Getters, not class fields: fields cost a helper in the es2020 bundle.
      static get observedAttributes() {
        return ATTRS
      }
      declare h?: Handle
      connectedCallback() {
        this.attributeChangedCallback()
      }
      attributeChangedCallback() {
        if (this.isConnected) this.h = fahm.mount(this, readOptions((n) => this.getAttribute(n)))
      }
      disconnectedCallback() {
        this.h?.unmount()
        this.h = undefined
      }
    },
  )
}

// Script-tag embed: <script src=".../widget.js" data-quiz="…" async></script> renders in place
// (or into data-target).
if (script && (script.dataset.quiz || script.dataset.assignment)) {
  const s = script
  const o = { ...readOptions((n) => s.getAttribute('data-' + n)), nonce: s.nonce || undefined }
  const place = () => {
    const sel = s.dataset.target
    let el: HTMLElement | null = sel ? document.querySelector<HTMLElement>(sel) : null
    if (!el) {
      el = document.createElement('div')
      s.parentNode!.insertBefore(el, s.nextSibling)
    }
    fahm.mount(el, o)
  }
  if (s.dataset.target && document.readyState === 'loading') addEventListener('DOMContentLoaded', place)
  else place()
}
