import type { Context, MiddlewareHandler } from 'hono'
import { findClassByKeyHash } from '../db/classes.ts'
import { refuseInvalidCredential, refuseMissingCredential } from '../bearer-challenge.ts'
import { constantTimeEqual, hashKey } from '../crypto.ts'

/**
 * Authors write quizzes through the API, with `Authorization: Bearer <credential>`:
 * - editors, with the Worker secret `EDITOR_TOKEN` (`wrangler secret put EDITOR_TOKEN`; `.dev.vars`
 *   locally): every quiz. Without the secret there are no editors;
 * - teachers, with the teacher key `POST /v1/classes` returned for their class: the quizzes that
 *   class owns.
 */

/** Who is calling: the editor, or the teacher of one class. */
export type Author = { role: 'editor' } | { role: 'teacher'; classId: string; className: string | null }

export type AuthorAuthEnv = { Bindings: Env; Variables: { author: Author } }

/**
 * The key an author's writes are counted under: their class, whichever of its keys they hold (a new
 * teacher key does not start a new count), or `editor`, every holder of the editor token together.
 */
export function authorKey(author: Author): string {
  return author.role === 'editor' ? 'editor' : `class:${author.classId}`
}

export type AuthorAuthOptions = {
  /** The realm of the `WWW-Authenticate` challenge on a 401; `fahm-editor` by default. */
  realm?: string
}

/** The OpenAPI `security` of a route behind {@link authorAuth}: either bearer credential. */
export const authorSecurity: { [scheme: string]: string[] }[] = [{ editorToken: [] }, { teacherKey: [] }]

/** The token in `Authorization: Bearer <token>` (the scheme in any case, RFC 9110 §11.1), or null. */
function bearerToken(c: Context): string | null {
  const match = c.req.header('Authorization')?.match(/^Bearer[ \t]+(\S{1,512})[ \t]*$/i)
  return match?.[1] ?? null
}

/** The configured editor token (a secret of wrangler.toml, absent where none is set); an empty one is none. */
function editorToken(env: Env): string | null {
  return env.EDITOR_TOKEN || null
}

/** True when `token` is the editor token. Both are hashed first, so the comparison is constant-time whatever their lengths. */
async function isEditorToken(env: Env, token: string): Promise<boolean> {
  const expected = editorToken(env)
  if (!expected) return false
  const [a, b] = await Promise.all([hashKey(expected), hashKey(token)])
  return constantTimeEqual(a, b)
}

/** The author a bearer token names, or null when it is neither the editor token nor a teacher key. */
async function authorOf(env: Env, token: string): Promise<Author | null> {
  if (await isEditorToken(env, token)) return { role: 'editor' }
  const found = await findClassByKeyHash(env.DB, await hashKey(token))
  return found ? { role: 'teacher', classId: found.id, className: found.name } : null
}

/**
 * Requires the editor token or a class's teacher key and puts who is calling in `c.var.author`;
 * 401 `unauthorized` with a `WWW-Authenticate` challenge otherwise. What an author may do with a
 * given quiz is the route's business (a teacher: only their class's quizzes).
 *
 * ```ts
 * router.get('/v1/me', authorAuth(), (c) => c.json(c.var.author))
 * ```
 */
export function authorAuth(options: AuthorAuthOptions = {}): MiddlewareHandler<AuthorAuthEnv> {
  const realm = options.realm ?? 'fahm-editor'
  return async (c, next) => {
    const token = bearerToken(c)
    if (!token) {
      const editors = editorToken(c.env) ? 'the editor token or ' : ''
      refuseMissingCredential(realm, `Send ${editors}your class's teacher key as "Authorization: Bearer <key>".`)
    }
    const author = await authorOf(c.env, token)
    if (!author) {
      const detail = editorToken(c.env)
        ? 'The key is neither the editor token nor a teacher key.'
        : 'The key is not a teacher key (the Worker has no EDITOR_TOKEN secret, so there is no editor token).'
      refuseInvalidCredential(realm, detail)
    }
    c.set('author', author)
    await next()
  }
}
