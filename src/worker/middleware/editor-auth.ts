import type { Context, MiddlewareHandler } from 'hono'
import { problem } from '../problem.ts'
import { constantTimeEqual, hashTeacherKey } from './teacher-auth.ts'

/**
 * Editors authenticate with the Worker secret `EDITOR_TOKEN` (`wrangler secret put EDITOR_TOKEN`;
 * `.dev.vars` locally): `Authorization: Bearer <token>`. Without the secret, editing is off and
 * every editor request is 401.
 */

const CHALLENGE = 'Bearer realm="fahm-editor"'

/** The token in `Authorization: Bearer <token>`, or null. */
export function bearerToken(c: Context): string | null {
  const match = c.req.header('Authorization')?.match(/^Bearer[ \t]+(\S{1,512})[ \t]*$/)
  return match?.[1] ?? null
}

/** The configured editor token; secrets are not in the generated `Env`, so it is read loosely. */
function editorToken(env: Env): string | null {
  const token = (env as { EDITOR_TOKEN?: unknown }).EDITOR_TOKEN
  return typeof token === 'string' && token.length > 0 ? token : null
}

/** True when `token` is the editor token. Both are hashed first, so the comparison is constant-time whatever their lengths. */
export async function isEditorToken(env: Env, token: string | null): Promise<boolean> {
  const expected = editorToken(env)
  if (!expected || !token) return false
  const [a, b] = await Promise.all([hashTeacherKey(expected), hashTeacherKey(token)])
  return constantTimeEqual(a, b)
}

/** Requires the editor token; 401 `unauthorized` with a `WWW-Authenticate` challenge otherwise. */
export function editorAuth(): MiddlewareHandler<{ Bindings: Env }> {
  return async (c, next) => {
    const token = bearerToken(c)
    if (await isEditorToken(c.env, token)) return next()
    if (!editorToken(c.env)) {
      problem('unauthorized', 'Editing through the API is off: the Worker has no EDITOR_TOKEN secret.', {
        headers: { 'WWW-Authenticate': CHALLENGE },
      })
    }
    problem('unauthorized', token ? 'The editor token is not valid.' : 'Send the editor token as "Authorization: Bearer <token>".', {
      headers: { 'WWW-Authenticate': token ? `${CHALLENGE}, error="invalid_token"` : CHALLENGE },
    })
  }
}
