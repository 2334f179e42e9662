import { unitName } from './unit-nouns.ts'
import { pickText, quizLangs, servedLang } from './localized.ts'
import type { Lang, Question, QuestionType, Quiz, Skill, Unit } from './quiz-schema.ts'

/**
 * What a quiz taker may see of a quiz: no answer keys, accepted answers, explanations or evidence.
 * Every object here is built field by field from an allow-list, never by spreading a question,
 * so a field added to the quiz format stays private until it is added here on purpose.
 */

export type Dir = 'rtl' | 'ltr'

export type PublicChoice = { id: string; text: string }

export type PublicQuestion = {
  id: string
  type: QuestionType
  skill: Skill
  points: number
  prompt: string
  choices?: PublicChoice[]
  /** The unit a numeric answer is graded in (answers in other units are converted). */
  unit?: Unit
  /**
   * The unit's name in the requested language, for a label beside the answer field (`ساعة`,
   * `hours`, `ريال سعودي`, `Saudi riyals`, `date`); empty for a plain count.
   */
  unitLabel?: string
}

export type PublicQuiz = {
  id: string
  version: number
  /** The language of the strings served (title, prompts, choices): the one asked for when the quiz has it, else the quiz's own. */
  lang: Lang
  dir: Dir
  /** The languages the quiz can be served in, its own first: a translation counts once every string has it. */
  langs: Lang[]
  title: string
  source: { name: string; url?: string; note?: string }
  article: {
    lang: Lang
    dir: Dir
    paragraphs: { index: number; heading: string | null; text: string }[]
  }
  questions: PublicQuestion[]
}

export type QuizSummary = {
  id: string
  title: string
  lang: Lang
  langs: Lang[]
  questionCount: number
  version: number
}

export function dirOf(lang: Lang): Dir {
  return lang === 'ar' ? 'rtl' : 'ltr'
}

/** A question's strings in `lang` (`fallback`: the quiz's own language, for a string without that translation). */
export function toPublicQuestion(question: Question, lang: Lang, fallback?: Lang): PublicQuestion {
  const out: PublicQuestion = {
    id: question.id,
    type: question.type,
    skill: question.skill,
    points: question.points,
    prompt: pickText(question.prompt, lang, fallback),
  }
  if (question.type === 'single' || question.type === 'multiple') {
    out.choices = question.choices.map((choice) => ({ id: choice.id, text: pickText(choice.text, lang, fallback) }))
  }
  if (question.type === 'numeric') {
    out.unit = question.answer.unit
    out.unitLabel = unitName(question.answer.unit, lang)
  }
  return out
}

/**
 * The quiz as served by `GET /v1/quizzes/:quizId`: strings in `requested` when the quiz has that
 * language, else in its own (`lang` says which); the article stays in its own language.
 */
export function toPublicQuiz(quiz: Quiz, requested?: Lang): PublicQuiz {
  const langs = quizLangs(quiz)
  const lang = servedLang(langs, requested)
  const source: PublicQuiz['source'] = { name: quiz.source.name }
  if (quiz.source.url !== undefined) source.url = quiz.source.url
  if (quiz.source.note !== undefined) source.note = quiz.source.note
  return {
    id: quiz.id,
    version: quiz.version,
    lang,
    dir: dirOf(lang),
    langs,
    title: pickText(quiz.title, lang, quiz.lang),
    source,
    article: {
      lang: quiz.lang,
      dir: dirOf(quiz.lang),
      paragraphs: quiz.article.paragraphs.map((p) => ({ index: p.index, heading: p.heading, text: p.text })),
    },
    questions: quiz.questions.map((question) => toPublicQuestion(question, lang, quiz.lang)),
  }
}

/** One entry of `GET /v1/quizzes`: the title in `requested` when the quiz has it, else in its own language (`lang`). */
export function toQuizSummary(quiz: Quiz, requested?: Lang): QuizSummary {
  const langs = quizLangs(quiz)
  const lang = servedLang(langs, requested)
  return {
    id: quiz.id,
    title: pickText(quiz.title, lang, quiz.lang),
    lang,
    langs,
    questionCount: quiz.questions.length,
    version: quiz.version,
  }
}
