import kimPutinBeijing from './kim-putin-beijing/quiz.json'
import kimPutinBeijingArticle from './kim-putin-beijing/article.ar.txt'

/**
 * The quizzes the Worker bundles. Adding a quiz = a folder `questions/<id>/` with `quiz.json`
 * and its article, plus one entry here; `npm run check:questions` fails if a folder is missing.
 * Files are validated at load time (`loadQuiz`), so `file` stays `unknown` here.
 */
export type QuizSource = { id: string; file: unknown; articleText: string }

export const quizSources: readonly QuizSource[] = [{ id: 'kim-putin-beijing', file: kimPutinBeijing, articleText: kimPutinBeijingArticle }]
