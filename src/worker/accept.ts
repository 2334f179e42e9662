import type { Context } from 'hono'
import { accepts } from 'hono/accepts'

/**
 * Content negotiation of the few routes that answer in more than one type, with `hono/accepts`
 * (RFC 9110 `Accept`: quality values, `q=0` refusing a type, wildcards). Without an `Accept`, or
 * when nothing the route serves is acceptable, the API's own type (JSON) is the answer.
 */

const JSON_TYPES = ['application/json', 'application/problem+json']
const HTML_TYPES = ['text/html', 'application/xhtml+xml']

/**
 * Whether a page route should answer its 404 with an HTML page: true for a browser or an iframe
 * navigating (`text/html,…,*\/*;q=0.8`) or a client naming HTML (or `text/*`) above any JSON type;
 * false without `Accept`, for `*\/*` (`fetch()`'s default) and for an API client asking for JSON.
 */
export function prefersHtml(c: Context): boolean {
  const type = accepts(c, { header: 'Accept', supports: [...JSON_TYPES, ...HTML_TYPES], default: JSON_TYPES[0]! })
  return HTML_TYPES.includes(type)
}

/** Whether a route that serves JSON or CSV should answer CSV: `Accept` names `text/csv` (with q > 0) above JSON. */
export function prefersCsv(c: Context): boolean {
  return accepts(c, { header: 'Accept', supports: [...JSON_TYPES, 'text/csv'], default: JSON_TYPES[0]! }) === 'text/csv'
}
