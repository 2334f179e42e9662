import { normalizeText } from './normalize.ts'
import type { Question } from './quiz-schema.ts'

/**
 * The title of the other sex before a name (`Mr Haddad`, `M. Haddad` for the article's Ms Haddad): another person. The
 * grader guesses no sex from a given name; it reads it only from a title the quiz's own texts put before the person's
 * name: first the question's (prompt, explanation, quote, accepted answers), and where they give none, the quiz's other
 * questions' (the Montreal school's `Director Nadia Haddad` is `Ms Haddad` in another question's quote). Only the civil
 * titles say a sex for certain; a profession's masculine (`الدكتور`, `المهندس`) is used for women too, and `Dr` has none.
 * Arabic grammar says it too: a verb of saying agrees with the person named after it («وأضاف الوزاني»: a man, so `Mme
 * Ouazzani` is another person). English pronouns (`she said`) are not read: they may be anyone's.
 */
type Sex = 'f' | 'm'
const TITLE_SEX: ReadonlyMap<string, Sex> = new Map([
  ...'mr mister monsieur m sir سيد'.split(' ').map((w): [string, Sex] => [normalizeText(w), 'm']),
  ...'mrs ms miss madame mme mlle سيدة'.split(' ').map((w): [string, Sex] => [normalizeText(w), 'f']),
])
const ARTICLE = /^ال(?=..)/u
const titleSex = (w: string): Sex | undefined => TITLE_SEX.get(w) ?? TITLE_SEX.get(w.replace(ARTICLE, ''))
// The Latin articles and particles of a name, which name nobody alone.
const PARTICLES = new Set(['al', 'el', 'ben', 'bin', 'ibn', 'abu', 'abd', 'de', 'la', 'le', 'van', 'von', 'بن', 'ابن', 'ابو', 'عبد'])

// `Haddad, Mr.`: a title after the family name and a comma, as forms write it
const FAMILY_NAME_FIRST = /[,،]\s*\S+\.?\s*$/u

const wordsOf = (text: string) => normalizeText(text).split(' ').filter(Boolean)

/** The words of the question's accepted names, each also without its article. */
function nameWords(question: Extract<Question, { type: 'text' }>): Set<string> {
  const names = new Set<string>()
  for (const accepted of question.answer.accepted)
    for (const w of wordsOf(accepted))
      if (!titleSex(w) && !PARTICLES.has(w) && w.length > 1) {
        names.add(w)
        names.add(w.replace(ARTICLE, ''))
      }
  return names
}

// Arabic verbs of saying agree with the person who speaks after them: «وأضاف الوزاني» says a man, «قالت», «أضافت» a woman. A
// feminine verb is read with at most three words between it and the name (the person's role: «وقالت مديرة المدرسة، نادية
// حداد»), none of which opens a clause (إن, أن: the verb's speaker is another then); a masculine one only right before the
// name, since with a role between it agrees with the role noun, and a masculine role is said of women too («وقال مدير
// الميناء، …» names a man or a woman).
const MASCULINE_NEXT_TO_NAME = 0
const SPEECH_VERBS = 'قال اضاف اوضح اكد اشار صرح كشف اعلن تابع افاد شدد لفت'.split(' ')
const VERB_SEX: ReadonlyMap<string, Sex> = new Map(
  SPEECH_VERBS.flatMap((v): [string, Sex][] =>
    ['', 'و', 'ف'].flatMap((p): [string, Sex][] => [
      [p + v, 'm'],
      [`${p}${v}ت`, 'f'],
    ]),
  ),
)
const ROLE_WORDS = 3
const CLAUSE_OPENERS = new Set(['ان', 'انه', 'انها', 'الذي', 'التي'])
// A sentence's end: the verb of one sentence speaks for no one in the next.
const SENTENCE_END = /[.!?\n\u061F\u06D4«»"]/u

/** The sexes the Arabic verbs of saying in `texts` give one of the names (see SPEECH_VERBS). */
function verbSexes(texts: readonly (string | undefined)[], names: ReadonlySet<string>): Set<Sex> {
  const sexes = new Set<Sex>()
  for (const text of texts) {
    if (!text) continue
    for (const sentence of text.split(SENTENCE_END)) {
      const words = wordsOf(sentence)
      words.forEach((w, i) => {
        if (!names.has(w)) return
        for (let j = i - 1; j >= 0 && j >= i - 1 - ROLE_WORDS; j--) {
          const sex = VERB_SEX.get(words[j]!)
          if (sex === 'm' && i - 1 - j > MASCULINE_NEXT_TO_NAME) return
          if (sex) {
            sexes.add(sex)
            return
          }
          if (CLAUSE_OPENERS.has(words[j]!)) return
        }
      })
    }
  }
  return sexes
}

/** The sexes of the titles `texts` put right before one of the names (or before a name then one). */
function titledSexes(texts: readonly (string | undefined)[], names: ReadonlySet<string>): Set<Sex> {
  const sexes = new Set<Sex>()
  for (const text of texts) {
    if (!text) continue
    const words = wordsOf(text)
    words.forEach((w, i) => {
      const sex = titleSex(w)
      if (sex && (names.has(words[i + 1] ?? '') || names.has((words[i + 1] ?? '').replace(ARTICLE, '')))) sexes.add(sex)
    })
  }
  return sexes
}

const sexOf = new WeakMap<Question, Sex | null>()

/** The sex the quiz's texts give the question's person by a title, or null when they give none or both. */
function personSex(question: Extract<Question, { type: 'text' }>, quiz: readonly Question[]): Sex | null {
  if (sexOf.has(question)) return sexOf.get(question)!
  const names = nameWords(question)
  const textsOf = (q: Question) => [q.prompt.ar, q.prompt.en, q.explanation.ar, q.explanation.en, q.evidence.quote]
  const sexesIn = (texts: readonly (string | undefined)[]) => new Set([...titledSexes(texts, names), ...verbSexes(texts, names)])
  let sexes = sexesIn([...textsOf(question), ...question.answer.accepted])
  if (sexes.size === 0) sexes = sexesIn(quiz.filter((q) => q !== question).flatMap(textsOf))
  const sex = sexes.size === 1 ? [...sexes][0]! : null
  sexOf.set(question, sex)
  return sex
}

/**
 * True when the answer puts a title of the other sex than the texts' before the person's name (`Mr Haddad` for Ms Haddad).
 * Called on an answer that matched the name.
 */
export function titleOfOtherSex(answer: string, question: Extract<Question, { type: 'text' }>, quiz: readonly Question[]): boolean {
  const words = wordsOf(answer)
  if (!words.some((w) => titleSex(w))) return false
  const sex = personSex(question, quiz)
  if (sex === null) return false
  // The answer matched the person's name (in either script: `Mme Ouazzani` for «رشيد الوزاني»), so a title before a word is
  // the name's.
  return words.some((w, i) => {
    const said = titleSex(w)
    // not the m of `I'm`
    // before a word, or last after the family name and a comma (`Haddad, Mr.`)
    const placed = i + 1 < words.length || (i > 0 && FAMILY_NAME_FIRST.test(answer))
    return said !== undefined && said !== sex && placed && !(w === 'm' && words[i - 1] === 'i')
  })
}
