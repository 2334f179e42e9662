/**
 * The HTML API reference at `/docs`, rendered from the OpenAPI document: one self-contained page
 * (inline CSS, no scripts, nothing fetched), with the problem codes (`#problem-<code>`, where every
 * problem's `type` URL points) and the rate limits.
 */

import { html, raw } from 'hono/html'
import type { HtmlEscapedString } from 'hono/utils/html'

type Json = Record<string, unknown>
type Html = HtmlEscapedString

export type RateLimitDoc = {
  policy: string
  routes: string[]
  limit: number
  windowSeconds: number
  per: string
  variable: string
  /** False when the counter cannot tell what is left (Cloudflare's rate limiter): no `RateLimit` header. */
  remaining?: boolean
  /** True when it counts per credential, after checking it: a 401 carries none of its headers. */
  afterAuthentication?: boolean
}

export type DocsPageOptions = {
  /** The problem codes (`PROBLEM_CODES`): status, title and when each is answered (Markdown code spans). */
  problemCodes: Record<string, { status: number; title: string; help: string }>
  rateLimits: RateLimitDoc[]
}

const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const

/** The page, built with hono/html: every interpolated value is escaped unless it went through {@link inline}. */
export function renderDocsPage(document: Json, options: DocsPageOptions): Html {
  const info = (document.info ?? {}) as Json
  const title = String(info.title ?? 'API')
  const version = String(info.version ?? '')
  const servers = (document.servers ?? []) as { url: string }[]
  const paths = (document.paths ?? {}) as Record<string, Record<string, Json>>
  const components = (document.components ?? {}) as Json
  const schemas = (components.schemas ?? {}) as Record<string, Json>
  const securitySchemes = (components.securitySchemes ?? {}) as Record<string, Json>

  const operations: Operation[] = []
  for (const path of Object.keys(paths).sort()) {
    for (const method of METHODS) {
      const op = paths[path]![method]
      if (op) operations.push({ method, path, op, id: `op-${method}-${slug(path)}` })
    }
  }
  // Grouped by tag, in the document's order of tags.
  const tags = ((document.tags ?? []) as { name: string }[]).map((tag) => tag.name)
  const groups = new Map<string, Operation[]>(tags.map((tag) => [tag, []]))
  for (const entry of operations) {
    const group = ((entry.op.tags ?? []) as string[])[0] ?? 'Other'
    groups.set(group, [...(groups.get(group) ?? []), entry])
  }
  for (const [group, ops] of groups) if (ops.length === 0) groups.delete(group)

  const toc = [...groups].map(
    ([group, ops]) =>
      html`<li>${group}<ul>${ops.map((o) => html`<li><a href="#${o.id}"><span class="m m-${o.method}">${o.method.toUpperCase()}</span> ${o.path}</a></li>`)}</ul></li>`,
  )
  const body = [...groups].map(([group, ops]) => html`<h2 id="group-${slug(group)}">${group}</h2>${ops.map(operationHtml)}`)

  const problemRows = Object.entries(options.problemCodes).map(
    ([code, { status, title: codeTitle, help }]) =>
      html`<tr id="problem-${code}"><td><a href="#problem-${code}"><code>${code}</code></a></td><td>${status}</td><td>${codeTitle}</td><td>${inline(help)}</td></tr>`,
  )

  const rateRows = options.rateLimits.map(
    (r) =>
      html`<tr id="rate-limit-${r.policy}"><td><code>${r.policy}</code></td><td>${r.routes.map((route, i) => html`${i ? raw('<br>') : ''}<code>${route}</code>`)}</td><td>${
        r.limit > 0 ? `${r.limit} / ${r.windowSeconds} s` : 'off'
      }</td><td>${r.per}${r.remaining === false ? raw('; approximate (counted per Cloudflare location), no <code>RateLimit</code> header') : ''}</td><td><code>${r.variable}</code></td></tr>`,
  )

  const security = Object.entries(securitySchemes).map(
    ([name, scheme]) =>
      html`<dt id="security-${name}"><code>${name}</code> (${String(scheme.scheme ?? scheme.type)})</dt><dd>${inline(String(scheme.description ?? ''))}</dd>`,
  )

  const schemaList = Object.keys(schemas)
    .sort()
    .map((name) => html`<section class="schema" id="schema-${name}"><h3>${name}</h3>${schemaHtml(schemas[name]!, 0)}</section>`)

  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title} reference</title>
<link rel="icon" href="/favicon.svg" type="image/svg+xml">
<style>${raw(CSS)}</style>
</head>
<body>
<nav aria-label="Contents"><p><strong>${title}</strong> ${version}</p>
<ul><li><a href="#overview">Overview</a></li><li><a href="#errors">Errors and problem codes</a></li><li><a href="#rate-limits">Rate limits</a></li><li><a href="#authentication">Authentication</a></li>${toc}<li><a href="#schemas">Schemas</a></li></ul></nav>
<main>
<h1>${title} <small>${version}</small></h1>
<section id="overview"><p>${inline(String(info.description ?? ''))}</p>
<p>Base URL: ${servers.map((s, i) => html`${i ? ', ' : ''}<code>${s.url}</code>`)}. Machine-readable: <a href="/v1/openapi.json"><code>/v1/openapi.json</code></a> (OpenAPI 3.1).</p>
<p>Requests and responses are JSON (UTF-8). CORS is open on <code>/v1</code> (any origin, no credentials). The public quiz reads carry an <code>ETag</code>; send it back in <code>If-None-Match</code> for a 304. The editor routes’ <code>ETag</code> is the quiz version, <code>"v3"</code>: send it in <code>If-Match</code> with PUT or DELETE to act only on that version (412 <a href="#problem-precondition-failed"><code>precondition-failed</code></a> otherwise).</p></section>
<section id="errors"><h2>Errors and problem codes</h2>
<p>Every error is <code>application/problem+json</code> (RFC 9457): <code>{ type, title, status, detail, code, instance, … }</code>. <code>code</code> is stable and machine-readable; <code>type</code> is this page’s anchor for it. Validation errors add <code>errors: [{ path, message, in, pointer }]</code> (<code>pointer</code>: a body field as a JSON Pointer, <code>/answers/meeting-duration</code>); quiz checks add <code>issues: [{ check, path, pointer, message }]</code>.</p>
<table><thead><tr><th>code</th><th>status</th><th>title</th><th>when</th></tr></thead><tbody>${problemRows}</tbody></table></section>
<section id="rate-limits"><h2>Rate limits</h2>
<p>Counted in fixed windows per client address (<code>CF-Connecting-IP</code>; an IPv6 client by its /64 prefix, an IPv4-mapped IPv6 address as its IPv4 address), or per author where the table says so: the writes behind a credential count for the teacher key’s class or the editor token, whatever the address. Every response of a limited route carries <code>RateLimit-Policy: "&lt;policy&gt;";q=&lt;quota&gt;;w=&lt;window s&gt;</code> and, unless the table says otherwise, <code>RateLimit: "&lt;policy&gt;";r=&lt;remaining&gt;;t=&lt;seconds to reset&gt;</code>; past the quota the answer is 429 <a href="#problem-rate-limited"><code>rate-limited</code></a> with <code>Retry-After</code> (seconds); where a policy counts per author, a request refused for its credential (401) is not counted and carries none of these headers. Limits are Worker variables (0 turns one off).</p>
<table><thead><tr><th>policy</th><th>routes</th><th>limit</th><th>per</th><th>variable</th></tr></thead><tbody>${rateRows}</tbody></table></section>
<section id="authentication"><h2>Authentication</h2><p>Public routes need nothing. Others take <code>Authorization: Bearer &lt;key&gt;</code>:</p><dl>${security}</dl></section>
${body}
<h2 id="schemas">Schemas</h2>${schemaList}
</main>
</body>
</html>
` as Html
}

type Operation = { method: string; path: string; op: Json; id: string }

function operationHtml({ method, path, op, id }: Operation): Html {
  const parameters = (op.parameters ?? []) as Json[]
  const security = (op.security ?? []) as Record<string, unknown>[]
  const rate = op['x-rate-limit'] as { policy: string } | undefined
  const paramRows = parameters.map(
    (p) =>
      html`<tr><td><code>${String(p.name)}</code></td><td>${String(p.in)}</td><td>${p.required ? 'yes' : 'no'}</td><td>${schemaHtml((p.schema ?? {}) as Json, 1)}</td><td>${inline(
        String(p.description ?? (p.schema as Json | undefined)?.description ?? ''),
      )}</td></tr>`,
  )
  const requestBody = op.requestBody as Json | undefined
  const responses = (op.responses ?? {}) as Record<string, Json>
  const auth = security
    .filter((s) => Object.keys(s).length > 0)
    .map((s, i) => html`${i ? ' or ' : ''}${Object.keys(s).map((k, j) => html`${j ? ' + ' : ''}<a href="#security-${k}"><code>${k}</code></a>`)}`)
  return html`<section class="op" id="${id}">
<h3><span class="m m-${method}">${method.toUpperCase()}</span> <code>${path}</code></h3>
<p class="summary">${inline(String(op.summary ?? ''))}</p>
${op.description ? html`<p>${inline(String(op.description))}</p>` : ''}
${auth.length ? html`<p>Auth: ${auth}</p>` : ''}
${rate ? html`<p>Rate limit: <a href="#rate-limit-${rate.policy}"><code>${rate.policy}</code></a></p>` : ''}
${paramRows.length ? html`<table><thead><tr><th>parameter</th><th>in</th><th>required</th><th>schema</th><th>description</th></tr></thead><tbody>${paramRows}</tbody></table>` : ''}
${requestBody ? html`<h4>Request body</h4>${contentHtml((requestBody.content ?? {}) as Record<string, Json>)}` : ''}
<h4>Responses</h4><dl class="responses">${Object.entries(responses).map(
    ([status, response]) =>
      html`<dt>${status}</dt><dd>${inline(String(response.description ?? ''))}${
        response.headers ? html` <small>Headers: ${Object.keys(response.headers as Json).map((h, i) => html`${i ? ', ' : ''}<code>${h}</code>`)}</small>` : ''
      }${response.content ? contentHtml(response.content as Record<string, Json>) : ''}</dd>`,
  )}</dl>
</section>` as Html
}

function contentHtml(content: Record<string, Json>): Html[] {
  return Object.entries(content).map(
    ([type, media]) => html`<div class="media"><code class="ct">${type}</code> ${schemaHtml((media.schema ?? {}) as Json, 0)}</div>` as Html,
  )
}

/** Items with a separator between them (the separator is trusted markup). */
function joined(items: (Html | string)[], separator: string): Html {
  return html`${items.map((item, i) => html`${i ? raw(separator) : ''}${item}`)}` as Html
}

/** A compact rendering of a JSON Schema: references link to their schema, objects list their properties. */
function schemaHtml(schema: Json, depth: number): Html {
  if (typeof schema.$ref === 'string') {
    const name = schema.$ref.replace('#/components/schemas/', '')
    return html`<a href="#schema-${name}"><code>${name}</code></a>` as Html
  }
  const variants = (schema.anyOf ?? schema.oneOf) as Json[] | undefined
  if (variants)
    return joined(
      variants.map((v) => schemaHtml(v, depth)),
      ' | ',
    )
  if (schema.allOf)
    return joined(
      (schema.allOf as Json[]).map((v) => schemaHtml(v, depth)),
      ' &amp; ',
    )
  if (Array.isArray(schema.enum))
    return joined(
      schema.enum.map((v) => html`<code>${JSON.stringify(v)}</code>` as Html),
      ' | ',
    )
  if ('const' in schema) return html`<code>${JSON.stringify(schema.const)}</code>` as Html
  const type = Array.isArray(schema.type) ? schema.type.join(' | ') : String(schema.type ?? 'any')
  if (type === 'array' || schema.items) return html`${schemaHtml((schema.items ?? {}) as Json, depth)}[]${constraints(schema)}` as Html
  if (type === 'object' || schema.properties) {
    const properties = (schema.properties ?? {}) as Record<string, Json>
    const required = new Set((schema.required ?? []) as string[])
    const extra = schema.additionalProperties
    const rows = Object.entries(properties).map(
      ([name, property]) =>
        html`<li><code>${name}</code>${required.has(name) ? '' : '?'}: ${depth > 6 ? 'object' : schemaHtml(property, depth + 1)}${
          property.description ? html` — ${inline(String(property.description))}` : ''
        }</li>` as Html,
    )
    if (extra && typeof extra === 'object') rows.push(html`<li><em>[key]</em>: ${schemaHtml(extra as Json, depth + 1)}</li>` as Html)
    return (rows.length ? html`object<ul class="props">${rows}</ul>` : html`object`) as Html
  }
  return html`<code>${type}</code>${constraints(schema)}` as Html
}

function constraints(schema: Json): Html | '' {
  const parts: string[] = []
  for (const key of ['format', 'minLength', 'maxLength', 'minimum', 'maximum', 'minItems', 'maxItems', 'pattern', 'default']) {
    if (schema[key] !== undefined) parts.push(`${key} ${JSON.stringify(schema[key])}`)
  }
  return parts.length ? (html` <small>(${parts.join(', ')})</small>` as Html) : ''
}

function slug(text: string): string {
  return text
    .toLowerCase()
    .replace(/[{}]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
}

/** Text with Markdown `code` spans: escaped by hono/html, then the spans turned into <code>. */
function inline(text: string): Html {
  return raw(String(html`${text}`).replace(/`([^`]+)`/g, '<code>$1</code>'))
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
@media (max-width:50rem){body{display:block}nav{position:static;height:auto;border:0}main{padding:1rem}table{display:block;overflow-x:auto}code{overflow-wrap:anywhere}}
`
