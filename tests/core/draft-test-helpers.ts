import { parseArticle } from '../../src/core/article.ts'
import { type Entity, findEntities } from '../../src/core/draft/entities.ts'
import { collectFacts } from '../../src/core/draft/facts.ts'
import type { Lang, Question } from '../../src/core/quiz-schema.ts'

/** What the drafter tests read of a text and of a drafted question. */

/** The entities the drafter finds in a text of one paragraph per line. */
export function entitiesOf(text: string, lang: Lang): Entity[] {
  const { paragraphs } = parseArticle(text.split('\n').join('\n\n'))
  return findEntities(paragraphs, collectFacts(paragraphs).words, lang)
}

/** The names the drafter finds in a text of one paragraph per line, as `kind:name`. */
export const namesIn = (text: string, lang: Lang): string[] => entitiesOf(text, lang).map((e) => `${e.kind}:${e.name}`)

/** A drafted question's prompt (a draft is in one language). */
export const promptOf = (q: Question) => Object.values(q.prompt)[0] as string

/** A drafted question's keys: a text question's accepted answers, a single choice's text, a numeric key's value. */
export const keysOf = (q: Question): (string | number)[] =>
  q.type === 'text'
    ? q.answer.accepted
    : q.type === 'single'
      ? q.choices.filter((c) => c.id === q.answer).map((c) => Object.values(c.text)[0] as string)
      : q.type === 'numeric'
        ? [q.answer.value]
        : []
