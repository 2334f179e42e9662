import { ID_MAX_LENGTH } from '../../core/quiz-ids.ts'
import * as z from '../../core/zod.ts'
import { createRoute } from '../api-router.ts'
import { openapi } from '../openapi-metadata.ts'
import { quizLangs, servedLang } from '../../core/localized.ts'
import { LANGS } from '../../core/quiz-schema.ts'
import { createRouter } from '../app.ts'
import { classHasQuiz } from '../db/quizzes.ts'
import { authorAuth, authorSecurity, type Author } from '../middleware/author-auth.ts'
import { problem } from '../problem.ts'
import { problemResponses } from '../problem-schema.ts'
import { getQuiz, getQuizOwner } from '../quiz-store.ts'
import { attachmentHeaders, ContentLanguageHeaders } from '../response-headers.ts'

/**
 * `GET /v1/quizzes/{quizId}/export?format=gift|qti`: the quiz with its answer keys for an LMS.
 * Exports carry the keys, so they need the editor token or the teacher key of a class that owns the
 * quiz or has an assignment of it. That keeps casual students out, nothing more: anyone may create a class
 * and an assignment, which is also how an assignment's own reveal would show them the keys.
 */

const ExportParams = z.object({
  quizId: openapi(z.string().check(z.minLength(1), z.maxLength(ID_MAX_LENGTH)), { param: { name: 'quizId', in: 'path' }, example: 'kim-putin-beijing' }),
})

const ExportQuery = z.object({
  format: openapi(z.enum(['gift', 'qti']), { description: '`gift`: Moodle GIFT text. `qti`: a QTI 3.0 content package (zip).' }),
  lang: openapi(z.optional(z.enum(LANGS)), {
    description: "Language of the prompts, choices and feedback when the quiz has it (its `langs`); otherwise, and by default, the quiz's own.",
  }),
})

/**
 * Lets the editor, or a teacher whose class owns the quiz or has an assignment of it, through; 403
 * otherwise. A teacher gets the same 403 for an unknown id, so existence does not show.
 */
async function authorizeExport(env: Env, author: Author, quizId: string): Promise<void> {
  if (author.role === 'editor') return
  if ((await getQuizOwner(env, quizId)) === author.classId) return
  if (!(await classHasQuiz(env.DB, author.classId, quizId))) {
    problem('forbidden', `Your class has no assignment of quiz "${quizId}"; assign it to export it.`, { extras: { quizId } })
  }
}

export const quizExports = createRouter().openapi(
  createRoute({
    method: 'get',
    path: '/{quizId}/export',
    summary: 'Export a quiz with its answer keys (editor or teacher)',
    description:
      'Needs the editor token or the teacher key of a class that owns the quiz or has an assignment of it. This keeps the keys from students holding an assignment code; it is no barrier to someone who creates a class and an assignment (no account needed). ' +
      'GIFT: a Description item with the article, then one question per quiz question (numeric answers as `{#value:tolerance}`). QTI: `imsmanifest.xml`, the article as a shared stimulus, one `qti-assessment-item` per question and an assessment test.',
    security: authorSecurity,
    middleware: [authorAuth({ realm: 'fahm-export' })] as const,
    request: { params: ExportParams, query: ExportQuery },
    responses: {
      200: {
        description: 'The export, as a download',
        headers: z.extend(attachmentHeaders('attachment; filename="kim-putin-beijing-v2.gift.txt"'), ContentLanguageHeaders.shape),
        content: {
          'text/plain': { schema: openapi(z.string(), { description: 'GIFT (format=gift)' }) },
          'application/zip': { schema: openapi(z.string(), { format: 'binary', description: 'QTI 3.0 package (format=qti)' }) },
        },
      },
      ...problemResponses(400, 401, 403, 404),
    },
  }),
  async (c) => {
    const { quizId } = c.req.valid('param')
    const { format, lang } = c.req.valid('query')
    await authorizeExport(c.env, c.var.author, quizId)
    const quiz = await getQuiz(c.env, quizId)
    if (!quiz) problem('quiz-not-found', `There is no quiz "${quizId}".`, { extras: { quizId } })
    const served = servedLang(quizLangs(quiz), lang)
    const name = `${quiz.id}-v${quiz.version}${served !== quiz.lang ? `-${served}` : ''}`
    c.header('Cache-Control', 'private, no-store')
    c.header('Content-Language', served)
    // The writers (and the zip library) are the grader Worker's: they describe the keys with its lexicons.
    if (format === 'gift') {
      const gift = await c.env.GRADER.gift(quiz, served)
      c.header('Content-Disposition', `attachment; filename="${name}.gift.txt"`)
      return c.text(gift, 200)
    }
    const zip = await c.env.GRADER.qtiPackage(quiz, served)
    c.header('Content-Disposition', `attachment; filename="${name}.qti.zip"`)
    return c.body(zip as Uint8Array<ArrayBuffer>, 200, { 'Content-Type': 'application/zip' })
  },
)
