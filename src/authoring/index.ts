import { WorkerEntrypoint } from 'cloudflare:workers'
import type { Draft, DraftErrorCode, DraftOptions } from '../core/draft/index.ts'
import { lazyModule } from '../worker/lazy-modules.ts'

// The drafter and its lexicons are evaluated on the first draft, not at start-up: a new isolate only
// compiles them (src/worker/lazy-modules.ts).
const drafter = lazyModule(() => import('../core/draft/index.ts'))

/**
 * The authoring Worker (wrangler.authoring.toml): the drafter, on its own. The app Worker
 * (wrangler.toml) answers `POST /v1/drafts` — its validation, rate limit and problems — and asks this
 * Worker for the draft over its service binding `AUTHORING` (an RPC call, in the same thread when both
 * run on one machine). So the app's other routes — a student's grade, a teacher's class — start
 * without compiling the drafter and its lexicons, which were a fifth of the app's bytes and half its
 * start-up (`npm run bench`). Nobody reaches it from the internet: no route, no workers.dev URL.
 */
export default class Authoring extends WorkerEntrypoint {
  /** The draft of an article, or why it cannot be drafted (a {@link DraftError}'s code and message). */
  async draft(articleText: string, options: DraftOptions): Promise<DraftOutcome> {
    const { draftQuiz, DraftError } = await drafter()
    try {
      return { draft: draftQuiz(articleText, options) }
    } catch (err) {
      if (!(err instanceof DraftError)) throw err
      return { refused: { code: err.code, message: err.message } }
    }
  }

  /** Not a web service: a request that reaches it by fetch finds nothing. */
  override fetch(): Response {
    return new Response(null, { status: 404 })
  }
}

/** What the app gets back: errors cross a service binding as plain values, not as the drafter's class. */
export type DraftOutcome = { draft: Draft; refused?: never } | { refused: { code: DraftErrorCode; message: string }; draft?: never }
