import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { gradeQuestion } from '../../src/core/grade.ts'
import { parseNumber } from '../../src/core/numbers.ts'
import type { Question } from '../../src/core/quiz-schema.ts'
import { arabicWords, picker } from './number-words.ts'
import { READER_ANSWERS, READER_QUIZ } from './reader-answers.ts'

const byId = new Map(READER_QUIZ.map((q) => [q.id, q]))
const question = (id: string) => byId.get(id)!

describe("readers' answers to kim-putin-beijing (tests/core/reader-answers.ts)", () => {
  it.each(READER_ANSWERS.map((row) => [row.question, row.who, row.answer, row.right] as const))('%s, %s: %j → %s', (id, _who, answer, right) => {
    expect(gradeQuestion(question(id), answer, READER_QUIZ).correct).toBe(right)
  })
})

// Two quizzes the way the drafter writes them, on another article, to check that the rules hold
// for any quiz and not only for the seed quiz.
const base = { skill: 'recall' as const, points: 1 }
const quake = (id: string, value: number, prompt: { ar: string; en: string }, explanation: { ar: string; en: string }, quote: string): Question => ({
  ...base,
  id,
  type: 'numeric',
  prompt,
  explanation,
  evidence: { paragraph: 0, quote },
  answer: { value, unit: 'person', tolerance: 0 },
})
const QUAKE_QUOTE = 'قتل الزلزال نحو 2900 شخص وأصاب 5530 آخرين، ووصل 56 منقذا إسبانيا إلى جانب 60 إطفائيا بريطانيا'
const QUAKE: Question[] = [
  quake(
    'killed',
    2900,
    { ar: 'كم شخصًا قتل الزلزال في المغرب؟', en: 'How many people did the earthquake in Morocco kill?' },
    { ar: 'قتل الزلزال نحو 2900 شخص.', en: 'The earthquake killed about 2,900 people.' },
    QUAKE_QUOTE,
  ),
  quake(
    'injured',
    5530,
    { ar: 'كم شخصًا أصيب في الزلزال؟', en: 'How many people were injured in the earthquake?' },
    { ar: 'أصاب الزلزال 5530 شخصا جريحا.', en: '5,530 people were injured.' },
    QUAKE_QUOTE,
  ),
  quake(
    'spanish-rescuers',
    56,
    { ar: 'كم منقذًا إسبانيًا وصل إلى المغرب؟', en: 'How many Spanish rescuers arrived in Morocco?' },
    { ar: 'وصل 56 منقذا إسبانيا، إلى جانب 60 إطفائيا بريطانيا.', en: '56 Spanish rescuers arrived, alongside 60 British firefighters.' },
    QUAKE_QUOTE,
  ),
]
const quakeQuestion = (id: string) => QUAKE.find((q) => q.id === id)!

describe('another quiz: the right number about the wrong group is wrong', () => {
  it.each<[string, string, boolean]>([
    ['killed', '2900', true],
    ['killed', '2,900 people', true],
    ['killed', 'about 2900 were killed', true],
    ['killed', '2900 died', true],
    ['killed', 'قتل الزلزال 2900 شخص', true],
    ['killed', 'مات 2900 شخص', true],
    ['killed', '2900 injured', false], // the words after another question's key
    ['killed', '2900 جريح', false],
    ['injured', '5530 people were injured', true],
    ['injured', '5530 جريح', true],
    ['injured', '5530 killed', false],
    ['spanish-rescuers', '56', true],
    ['spanish-rescuers', '56 Spanish rescuers', true],
    ['spanish-rescuers', '56 منقذا إسبانيا', true],
    ['spanish-rescuers', '56 British rescuers', false], // another nationality
    ['spanish-rescuers', '56 منقذا بريطانيا', false],
    ['spanish-rescuers', '56 firefighters', false], // the noun of another number of the texts
    ['spanish-rescuers', '56 إطفائيا', false],
    ['spanish-rescuers', '56 soldiers', false], // people of another kind
  ])('%s: %j → %s', (id, answer, right) => {
    expect(gradeQuestion(quakeQuestion(id), answer, QUAKE).correct).toBe(right)
  })

  it('says which word named another group', () => {
    const result = gradeQuestion(quakeQuestion('spanish-rescuers'), '56 British rescuers', QUAKE)
    expect(result.correct).toBe(false)
    expect(result.parsed).toMatchObject({
      kind: 'number',
      value: 56,
      input: {
        words: [
          { word: 'british', as: 'other group' },
          { word: 'rescuers', as: 'question' },
        ],
      },
    })
  })

  it('without the quiz, the question’s own texts still name the other groups', () => {
    expect(gradeQuestion(quakeQuestion('spanish-rescuers'), '56 firefighters').correct).toBe(false)
    expect(gradeQuestion(quakeQuestion('spanish-rescuers'), '56 British rescuers').correct).toBe(false)
  })
})

const AFFILIATIONS = ['جنوبي', 'روسي', 'أوكراني', 'غربي', 'أمريكي', 'South', 'Russian', 'Ukrainian', 'Western', 'American']
const FRAMES = ['', 'نحو ', 'حوالي ', 'بحدود ', 'تقريبًا ', 'about ', 'a total of ', 'the answer is ']
const AFTER = ['', ' جندي', ' جندي كوري شمالي', ' North Korean soldiers', ' soldiers', ' troops', ' عسكري']

describe('properties', () => {
  it('the key with framing and its own group is right; add a nationality or direction the question lacks and it is wrong', () => {
    const killed = question('soldiers-killed')
    fc.assert(
      fc.property(
        fc.constantFrom(...FRAMES),
        fc.constantFrom('2000', 'ألفين', '٢٠٠٠', '2,000', 'ألفا'),
        fc.constantFrom(...AFTER),
        fc.constantFrom(...AFFILIATIONS),
        (frame, number, after, affiliation) => {
          const answer = `${frame}${number}${after}`
          expect(gradeQuestion(killed, answer, READER_QUIZ).correct, answer).toBe(true)
          const wrong = `${answer} ${affiliation}`
          expect(gradeQuestion(killed, wrong, READER_QUIZ).correct, wrong).toBe(false)
        },
      ),
      { numRuns: 200 },
    )
  }, 60_000)

  it('number words run together read as the words apart', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 3, max: 9 }),
        fc.integer({ min: 0, max: 9 }),
        fc.array(fc.nat(3), { minLength: 4, maxLength: 4 }),
        (thousands, hundreds, choices) => {
          const pick = picker(choices)
          const spaced = arabicWords(thousands * 1000 + hundreds * 100, pick)
          const joined = spaced.replace(/ (آلاف|ألف)/, '$1').replace(/ و /, ' و')
          expect(parseNumber(joined), joined).toBe(thousands * 1000 + hundreds * 100)
          expect(parseNumber(spaced.replace('آلاف', 'تلاف')), spaced).toBe(thousands * 1000 + hundreds * 100)
        },
      ),
      { numRuns: 200 },
    )
  }, 60_000)

  it('a sentence of the question’s own words around the answer is right; a place or a negation in it is wrong', () => {
    const city = question('meeting-city')
    const words = ['اجتمعوا', 'اجتمع', 'التقى', 'كيم', 'وبوتين', 'القادة', 'في', 'met', 'the', 'meeting', 'was', 'in', 'Kim']
    const spoilers = ['موسكو', 'Moscow', 'ليس', 'not', 'أو', 'or', 'وموسكو', 'بل', 'but']
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...words), { maxLength: 4 }),
        fc.constantFrom('بكين', 'Beijing', 'في بكين', 'in Beijing'),
        fc.constantFrom(...spoilers),
        fc.boolean(),
        (before, answer, spoiler, first) => {
          const sentence = [...before, answer].join(' ')
          expect(gradeQuestion(city, sentence).correct, sentence).toBe(true)
          const spoiled = first ? `${spoiler} ${sentence}` : `${sentence} ${spoiler}`
          expect(gradeQuestion(city, spoiled).correct, spoiled).toBe(false)
        },
      ),
      { numRuns: 300 },
    )
  }, 60_000)
})
