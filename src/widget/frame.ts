/**
 * The /embed page's link to its parent window, loaded there before widget.js (as
 * /embed-frame.js). It reports the document's height whenever it changes, forwards the widget's
 * `fahm:*` events, and answers the resizer's size requests.
 *
 * Every message is `{ source: 'fahm', version: 1, type, ...detail }`. Messages go only to the
 * parent's origin when the browser tells it (ancestorOrigins, else the referrer); requests are
 * accepted only from the parent window at that origin.
 */
export const SOURCE = 'fahm'
export const VERSION = 1

export function parentOrigin(ancestor: string | undefined, referrer: string): string {
  let origin = ancestor || (referrer && new URL(referrer).origin) || '*'
  return origin === 'null' ? '*' : origin
}

export function linkFrame(win: Window = window): void {
  const doc = win.document
  const origin = parentOrigin(win.location.ancestorOrigins?.[0], doc.referrer)
  const post = (type: string, detail?: object) => {
    if (win.parent !== win) win.parent.postMessage({ ...detail, source: SOURCE, version: VERSION, type }, origin)
  }
  doc.documentElement.style.background = 'transparent'
  doc.body.style.margin = '0'
  let height = -1
  const size = () => {
    const h = Math.ceil(doc.documentElement.getBoundingClientRect().height)
    if (h !== height) post('resize', { height: (height = h) })
  }
  new ResizeObserver(size).observe(doc.documentElement)
  for (const type of ['ready', 'answer', 'complete']) {
    doc.addEventListener('fahm:' + type, (e) => post(type, (e as CustomEvent).detail))
  }
  win.addEventListener('message', (e) => {
    const d = e.data
    if (e.source !== win.parent || (origin !== '*' && e.origin !== origin)) return
    if (d && d.source === SOURCE && d.version === VERSION && d.type === 'size?') {
      height = -1
      size()
    }
  })
}
