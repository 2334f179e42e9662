/**
 * Whether a request's `Accept` header prefers an HTML page to a JSON body. True for a browser or
 * an iframe navigating (`text/html,…,*\/*;q=0.8`); false for a missing header, `fetch()`'s default
 * `*\/*` and an API client asking for JSON. Wildcards alone never choose HTML: a client must name
 * `text/html` (or XHTML) with a quality at least that of any JSON type it names.
 */
export function prefersHtml(accept: string | null | undefined): boolean {
  if (!accept) return false
  let html = 0
  let json = 0
  for (const part of accept.split(',')) {
    const [range = '', ...params] = part.split(';').map((s) => s.trim().toLowerCase())
    const qParam = params.find((p) => p.startsWith('q='))
    const q = qParam ? Number(qParam.slice(2)) : 1
    if (!(q >= 0 && q <= 1)) continue
    if (range === 'text/html' || range === 'application/xhtml+xml') html = Math.max(html, q)
    else if (range === 'application/problem+json' || range === 'application/json' || range === 'application/*') {
      json = Math.max(json, q)
    }
  }
  return html > 0 && html >= json
}
