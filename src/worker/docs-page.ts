/**
 * The HTML API reference at `/docs`, rendered from the OpenAPI document: one self-contained page
 * (inline CSS, no scripts, nothing fetched), with the problem codes (`#problem-<code>`, where every
 * problem's `type` URL points) and the rate limits.
 */

import type { ProblemCode } from './problem.ts'

type Json = Record<string, unknown>

export type RateLimitDoc = {
  policy: string
  routes: string[]
  limit: number
  windowSeconds: number
  per: string
  variable: string
  /** False when the counter cannot tell what is left (Cloudflare's rate limiter): no `RateLimit` header. */
  remaining?: boolean
}

export type DocsPageOptions = {
  problemCodes: Record<string, { status: number; title: string }>
  rateLimits: RateLimitDoc[]
}

/**
 * When each problem code is answered; codes without an entry show their title only. Checked
 * against `ProblemCode`, so an entry for a code that no longer exists fails the type check.
 */
const PROBLEM_HELP: Record<string, string> = {
  'bad-request': 'The request is malformed in a way no more specific code covers.',
  'invalid-json': 'The body is not valid JSON.',
  'validation-failed': 'A field has the wrong shape or value: 422 for the body, 400 for query, path or headers. `errors` lists `{ path, message, in }` per field, e.g. `answers.meeting-duration`.',
  unauthorized: 'The `Authorization: Bearer …` key or token is missing or wrong (`WWW-Authenticate` says which realm).',
  forbidden: 'The key is valid but does not allow this: exporting a quiz your class neither owns nor has an assignment of, or `visibility: "public"` for a class’s quiz (only the editor token publishes).',
  'not-found': 'Nothing is served at this path.',
  'quiz-not-found': 'No quiz has this id (`quizId` in the body), or none your key opens: a teacher key gets this for every quiz its class does not own, exactly as for an unknown id.',
  'question-not-found': 'The quiz (or the draft in the body) has no question with this id.',
  'method-not-allowed': 'The path exists but not for this method; `Allow` lists the methods.',
  conflict: 'The request conflicts with the current state.',
  'payload-too-large': 'The body is larger than the endpoint accepts (`limit` in bytes): 64 KiB for grading, 1 MiB for quizzes and drafts; or a draft’s article is longer than 20,000 words.',
  'unsupported-media-type': 'Send JSON with `Content-Type: application/json`.',
  'quiz-invalid': 'A quiz sent to the editor API fails the content checks of `npm run check:questions`. `issues` lists `{ check, path, message }`, e.g. `evidence-quote-verbatim` at `questions[3].evidence.quote`.',
  'quiz-exists': 'POST of a quiz whose id is taken (by a file quiz, a stored one, or a deleted quiz of another owner); update your own with PUT, or choose another id.',
  'quiz-read-only': 'PUT or DELETE of a file quiz (from `questions/`): change the file and redeploy.',
  'version-conflict': 'PUT with a `version` older than the stored one, or a concurrent save: reload, re-apply, save again. `currentVersion` is the stored version.',
  'class-not-found': 'No class with this id for this teacher key (another class’s key gets the same answer).',
  'assignment-not-found': 'No assignment with this code.',
  'assignment-not-open': 'The assignment opens later (`opensAt`).',
  'assignment-closed': 'The assignment is past its `dueAt`.',
  'max-attempts-reached': 'This student used every attempt the assignment allows.',
  'idempotency-conflict': 'The `Idempotency-Key` was used before with a different body (the stored attempt is not named: its id is the credential for reading it).',
  'student-code-required': 'The assignment’s class has a roster: send the student’s personal code as `studentCode` instead of a name.',
  'student-code-unknown': 'No student on the class’s roster has this `studentCode` (or the class has no roster).',
  'article-empty': '`POST /v1/drafts` with an empty or blank `articleText`.',
  'article-binary': '`POST /v1/drafts` with a file read as text (NUL bytes, control characters): send the article’s text.',
  'article-no-sentences': '`POST /v1/drafts` with text that has no sentence to ask about (a word list, numbers, a title alone).',
  'language-unsupported': '`POST /v1/drafts` with an article in neither Arabic nor English.',
  'language-mismatch': '`POST /v1/drafts` with a `lang` the article is not written in; leave `lang` out to have it detected.',
  'rate-limited': 'Too many requests from this client; wait `Retry-After` seconds (`retryAfter` in the body).',
  'format-not-implemented': 'oEmbed with a `format` other than `json` (the oEmbed spec asks for 501).',
  'internal-error': 'A bug on our side; no client input should ever produce it.',
} satisfies Partial<Record<ProblemCode, string>>

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

export function renderDocsPage(document: Json, options: DocsPageOptions): string {
  const info = (document.info ?? {}) as Json
  const servers = (document.servers ?? []) as { url: string }[]
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>
  const components = (document.components ?? {}) as Json
  const schemas = (components.schemas ?? {}) as Record<string, Json>
  const securitySchemes = (components.securitySchemes ?? {}) as Record<string, Json>

  const operations: { method: string; path: string; op: Json; id: string }[] = []
  for (const path of Object.keys(paths).sort()) {
    for (const method of METHODS) {
      const op = paths[path]![method]
      if (op) operations.push({ method, path, op, id: `op-${method}-${slug(path)}` })
    }
  }
  const groups = new Map<string, typeof operations>(GROUPS.map((g) => [g, []]))
  for (const entry of operations) {
    const group = groupOf(entry.path)
    groups.set(group, [...(groups.get(group) ?? []), entry])
  }

  for (const [group, ops] of groups) if (ops.length === 0) groups.delete(group)
  const toc = [...groups]
    .map(
      ([group, ops]) =>
        `<li>${esc(group)}<ul>${ops
          .map((o) => `<li><a href="#${o.id}"><span class="m m-${o.method}">${o.method.toUpperCase()}</span> ${esc(o.path)}</a></li>`)
          .join('')}</ul></li>`,
    )
    .join('')

  const body = [...groups]
    .map(([group, ops]) => `<h2 id="group-${slug(group)}">${esc(group)}</h2>${ops.map((o) => operationHtml(o)).join('')}`)
    .join('')

  const problemRows = Object.entries(options.problemCodes)
    .map(
      ([code, { status, title }]) =>
        `<tr id="problem-${esc(code)}"><td><a href="#problem-${esc(code)}"><code>${esc(code)}</code></a></td><td>${status}</td><td>${esc(title)}</td><td>${inline(PROBLEM_HELP[code] ?? '')}</td></tr>`,
    )
    .join('')

  const rateRows = options.rateLimits
    .map(
      (r) =>
        `<tr id="rate-limit-${esc(r.policy)}"><td><code>${esc(r.policy)}</code></td><td>${r.routes.map((route) => `<code>${esc(route)}</code>`).join('<br>')}</td><td>${
          r.limit > 0 ? `${r.limit} / ${r.windowSeconds} s` : 'off'
        }</td><td>${esc(r.per)}${r.remaining === false ? '; approximate (counted per Cloudflare location), no <code>RateLimit</code> header' : ''}</td><td><code>${esc(r.variable)}</code></td></tr>`,
    )
    .join('')

  const security = Object.entries(securitySchemes)
    .map(([name, scheme]) => `<dt id="security-${esc(name)}"><code>${esc(name)}</code> (${esc(String(scheme.scheme ?? scheme.type))})</dt><dd>${inline(String(scheme.description ?? ''))}</dd>`)
    .join('')

  const schemaList = Object.keys(schemas)
    .sort()
    .map((name) => `<section class="schema" id="schema-${esc(name)}"><h3>${esc(name)}</h3>${schemaHtml(schemas[name]!, 0)}</section>`)
    .join('')

  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${esc(String(info.title ?? 'API'))} reference</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${CSS}</style>
</head>
<body>
<nav aria-label="Contents"><p><strong>${esc(String(info.title ?? 'API'))}</strong> ${esc(String(info.version ?? ''))}</p>
<ul><li><a href="#overview">Overview</a></li><li><a href="#errors">Errors and problem codes</a></li><li><a href="#rate-limits">Rate limits</a></li><li><a href="#authentication">Authentication</a></li>${toc}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main>
<h1>${esc(String(info.title ?? 'API'))} <small>${esc(String(info.version ?? ''))}</small></h1>
<section id="overview"><p>${inline(String(info.description ?? ''))}</p>
<p>Base URL: ${servers.map((s) => `<code>${esc(s.url)}</code>`).join(', ')}. Machine-readable: <a href="/v1/openapi.json"><code>/v1/openapi.json</code></a> (OpenAPI 3.1).</p>
<p>Requests and responses are JSON (UTF-8). CORS is open on <code>/v1</code> (any origin, no credentials). GET responses carry an <code>ETag</code>; send it back in <code>If-None-Match</code> for a 304.</p></section>
<section id="errors"><h2>Errors and problem codes</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457): <code>{ type, title, status, detail, code, instance, … }</code>. <code>code</code> is stable and machine-readable; <code>type</code> is this page’s anchor for it. Validation errors add <code>errors: [{ path, message, in }]</code>; quiz checks add <code>issues: [{ check, path, message }]</code>.</p>
<table><thead><tr><th>code</th><th>status</th><th>title</th><th>when</th></tr></thead><tbody>${problemRows}</tbody></table></section>
<section id="rate-limits"><h2>Rate limits</h2>
<p>Counted per client address (<code>CF-Connecting-IP</code>) in fixed windows. Every response of a limited route carries <code>RateLimit-Policy: "&lt;policy&gt;";q=&lt;quota&gt;;w=&lt;window s&gt;</code> and, unless the table says otherwise, <code>RateLimit: "&lt;policy&gt;";r=&lt;remaining&gt;;t=&lt;seconds to reset&gt;</code>; past the quota the answer is 429 <a href="#problem-rate-limited"><code>rate-limited</code></a> with <code>Retry-After</code> (seconds). Limits are Worker variables (0 turns one off).</p>
<table><thead><tr><th>policy</th><th>routes</th><th>limit</th><th>per</th><th>variable</th></tr></thead><tbody>${rateRows}</tbody></table></section>
<section id="authentication"><h2>Authentication</h2><p>Public routes need nothing. Others take <code>Authorization: Bearer &lt;key&gt;</code>:</p><dl>${security}</dl></section>
${body}
<h2 id="schemas">Schemas</h2>${schemaList}
</main>
</body>
</html>
`
}

function operationHtml({ method, path, op, id }: { method: string; path: string; op: Json; id: string }): string {
  const parameters = (op.parameters ?? []) as Json[]
  const security = (op.security ?? []) as Record<string, unknown>[]
  const rate = op['x-rate-limit'] as { policy: string } | undefined
  const paramRows = parameters
    .map(
      (p) =>
        `<tr><td><code>${esc(String(p.name))}</code></td><td>${esc(String(p.in))}</td><td>${p.required ? 'yes' : 'no'}</td><td>${schemaHtml((p.schema ?? {}) as Json, 1)}</td><td>${inline(String(p.description ?? (p.schema as Json | undefined)?.description ?? ''))}</td></tr>`,
    )
    .join('')
  const requestBody = op.requestBody as Json | undefined
  const responses = (op.responses ?? {}) as Record<string, Json>
  return `<section class="op" id="${id}">
<h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>${esc(path)}</code></h3>
<p class="summary">${inline(String(op.summary ?? ''))}</p>
${op.description ? `<p>${inline(String(op.description))}</p>` : ''}
${security.length ? `<p>Auth: ${security.map((s) => Object.keys(s).map((k) => `<a href="#security-${esc(k)}"><code>${esc(k)}</code></a>`).join(' + ')).join(' or ')}</p>` : ''}
${rate ? `<p>Rate limit: <a href="#rate-limit-${esc(rate.policy)}"><code>${esc(rate.policy)}</code></a></p>` : ''}
${paramRows ? `<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th><th>description</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${requestBody ? `<h4>Request body</h4>${contentHtml((requestBody.content ?? {}) as Record<string, Json>)}` : ''}
<h4>Responses</h4><dl class="responses">${Object.entries(responses)
    .map(
      ([status, response]) =>
        `<dt>${esc(status)}</dt><dd>${inline(String(response.description ?? ''))}${
          response.headers ? ` <small>Headers: ${Object.keys(response.headers as Json).map((h) => `<code>${esc(h)}</code>`).join(', ')}</small>` : ''
        }${response.content ? contentHtml(response.content as Record<string, Json>) : ''}</dd>`,
    )
    .join('')}</dl>
</section>`
}

function contentHtml(content: Record<string, Json>): string {
  return Object.entries(content)
    .map(([type, media]) => `<div class="media"><code class="ct">${esc(type)}</code> ${schemaHtml((media.schema ?? {}) as Json, 0)}</div>`)
    .join('')
}

/** A compact rendering of a JSON Schema: references link to their schema, objects list their properties. */
function schemaHtml(schema: Json, depth: number): string {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '')
    return `<a href="#schema-${esc(name)}"><code>${esc(name)}</code></a>`
  }
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined
  if (variants) return variants.map((v) => schemaHtml(v, depth)).join(' | ')
  if (schema.allOf) return (schema.allOf as Json[]).map((v) => schemaHtml(v, depth)).join(' &amp; ')
  if (Array.isArray(schema.enum)) return schema.enum.map((v) => `<code>${esc(JSON.stringify(v))}</code>`).join(' | ')
  if ('const' in schema) return `<code>${esc(JSON.stringify(schema.const))}</code>`
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any')
  if (type === 'array' || schema.items) return `${schemaHtml((schema.items ?? {}) as Json, depth)}[]${constraints(schema)}`
  if (type === 'object' || schema.properties) {
    const properties = (schema.properties ?? {}) as Record<string, Json>
    const required = new Set((schema.required ?? []) as string[])
    const extra = schema.additionalProperties
    const rows = Object.entries(properties).map(
      ([name, property]) =>
        `<li><code>${esc(name)}</code>${required.has(name) ? '' : '?'}: ${depth > 6 ? 'object' : schemaHtml(property, depth + 1)}${
          property.description ? ` — ${inline(String(property.description))}` : ''
        }</li>`,
    )
    if (extra && typeof extra === 'object') rows.push(`<li><em>[key]</em>: ${schemaHtml(extra as Json, depth + 1)}</li>`)
    return rows.length ? `object<ul class="props">${rows.join('')}</ul>` : 'object'
  }
  return `<code>${esc(type)}</code>${constraints(schema)}`
}

function constraints(schema: Json): string {
  const parts: string[] = []
  for (const key of ['format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'pattern', 'default']) {
    if (schema[key] !== undefined) parts.push(`${key} ${JSON.stringify(schema[key])}`)
  }
  return parts.length ? ` <small>(${esc(parts.join(', '))})</small>` : ''
}

const GROUPS = ['Quizzes', 'Authoring (editors and teachers)', 'Assignments (students)', 'Classes (teachers)', 'Service', 'Pages']

/** The group of each first segment under `/v1`; any other is Service. */
const API_GROUPS: Record<string, string> = {
  quizzes: 'Quizzes',
  drafts: 'Authoring (editors and teachers)',
  'quiz-sources': 'Authoring (editors and teachers)',
  me: 'Authoring (editors and teachers)',
  classes: 'Classes (teachers)',
  assignments: 'Assignments (students)',
}

function groupOf(path: string): string {
  const parts = path.split('/').filter(Boolean)
  if (parts[0] === 'v1') return API_GROUPS[parts[1] ?? ''] ?? 'Service'
  return 'Pages'
}

function slug(text: string): string {
  return text.toLowerCase().replace(/[{}]/g, '').replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '')
}

/** Escapes text, then turns `code` spans into <code>. */
function inline(text: string): string {
  return esc(text).replace(/`([^`]+)`/g, '<code>$1</code>')
}

function esc(text: string): string {
  return text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!)
}

const CSS = `
:root{color-scheme:light dark;--fg:#1b1f24;--bg:#fff;--muted:#59636e;--line:#d1d9e0;--code:#f6f8fa;--accent:#0b5cad}
@media (prefers-color-scheme:dark){:root{--fg:#e6edf3;--bg:#0d1117;--muted:#9198a1;--line:#30363d;--code:#161b22;--accent:#4493f8}}
*{box-sizing:border-box}body{margin:0;font:15px/1.55 system-ui,-apple-system,"Segoe UI",sans-serif;color:var(--fg);background:var(--bg);display:grid;grid-template-columns:minmax(14rem,20rem) 1fr}
nav{position:sticky;top:0;height:100vh;overflow:auto;padding:1rem;border-inline-end:1px solid var(--line);font-size:13px}
nav ul{list-style:none;padding-inline-start:.8rem;margin:.2rem 0}nav li a{display:block;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}main{padding:1rem 2rem 4rem;max-width:64rem}
a{color:var(--accent)}code{font:12.5px/1.4 ui-monospace,SFMono-Regular,Menlo,monospace;background:var(--code);padding:.1em .3em;border-radius:4px}
table{border-collapse:collapse;width:100%;margin:.6rem 0}th,td{border:1px solid var(--line);padding:.3rem .5rem;text-align:start;vertical-align:top}
.op{border-top:1px solid var(--line);padding-top:.5rem;margin-top:1.5rem}.summary{font-weight:600}
.m{display:inline-block;min-width:3.6em;text-align:center;font:700 11px/1.8 ui-monospace,monospace;border-radius:4px;color:#fff;background:#59636e}
.m-get{background:#1a7f37}.m-post{background:#0b5cad}.m-put{background:#9a6700}.m-delete{background:#cf222e}.m-patch{background:#8250df}
.props{margin:.2rem 0;padding-inline-start:1.2rem}.responses dt{font-weight:700}.responses dd{margin:0 0 .6rem 1.2rem}.media{margin:.3rem 0}
tr:target{outline:2px solid var(--accent)}small{color:var(--muted)}
@media (max-width:50rem){body{display:block}nav{position:static;height:auto;border:0}}
`
