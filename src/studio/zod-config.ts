import * as z from '../core/zod.ts'

// Imported first by main.tsx, before any module builds a schema. Without `jitless`, zod probes
// `new Function` when it builds an object schema, and the page's CSP (no 'unsafe-eval') reports
// that as a violation even though zod catches the refusal.
z.config({ jitless: true })
