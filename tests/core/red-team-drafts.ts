import { READERS_15_QUIZZES } from './grade-readers-15-articles.ts'
import { READERS_16_QUIZZES } from './grade-readers-16-articles.ts'
import { READERS_17_QUIZZES } from './grade-readers-17-articles.ts'
import { READERS_18_QUIZZES } from './grade-readers-18-articles.ts'
import { READERS_19_QUIZZES } from './grade-readers-19-articles.ts'
import { READERS_20_QUIZZES } from './grade-readers-20-articles.ts'
import { READERS_21_QUIZZES } from './grade-readers-21-articles.ts'

/**
 * The frozen drafts red teams 3 and 5 attack, in their tests and their measures: the fifteenth to
 * twenty-first readers' sets' (each loader adds `kim-putin-beijing`).
 */
export const RED_TEAM_DRAFTS = {
  ...READERS_15_QUIZZES,
  ...READERS_16_QUIZZES,
  ...READERS_17_QUIZZES,
  ...READERS_18_QUIZZES,
  ...READERS_19_QUIZZES,
  ...READERS_20_QUIZZES,
  ...READERS_21_QUIZZES,
}
