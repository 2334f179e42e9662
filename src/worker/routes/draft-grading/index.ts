import { createRouter } from '../../app.ts'
import { lazyHandlers } from '../../lazy-modules.ts'
import * as routes from './draft-grading.routes.ts'

const handler = lazyHandlers(() => import('./draft-grading.handlers.ts'))

/**
 * Trying answers against a quiz that is not saved: `POST /v1/drafts/check` and `POST /v1/drafts/grade`
 * take the quiz in the request and answer exactly as the public check and grade routes do. Nothing
 * is stored and no key is needed (the answer keys are the caller's own); the grading rate limit
 * applies. A draft being edited may fail the content checks: only the questions graded must be valid
 * questions.
 */
export const draftGrading = createRouter().openapi(routes.checkDraftAnswer, handler('checkDraftAnswer')).openapi(routes.gradeDraft, handler('gradeDraft'))
