import { quizSources } from '../../questions/index.ts'
import type { Content } from '../../src/studio/draft.ts'
import { bodyOf } from '../../src/studio/workspace.ts'

/** The seed quiz (questions/kim-putin-beijing) as studio content: a quiz that passes every check. */
export function seedContent(): Content {
  const source = quizSources.find((s) => s.id === 'kim-putin-beijing')!
  return { quiz: bodyOf(structuredClone(source.file) as Record<string, unknown>), articleText: source.articleText }
}
