import { strFromU8, unzipSync } from 'fflate'
import { beforeAll, describe, expect, it } from 'vitest'
import { parseArticle } from '../../src/core/article.ts'
import { draftQuiz } from '../../src/core/draft/index.ts'
import { quizToQtiPackage, type QtiOptions } from '../../src/core/export/qti.ts'
import type { Quiz } from '../../src/core/quiz-schema.ts'
import seed from '../../questions/kim-putin-beijing/article.ar.txt'
import { arabicOnlyQuizFile, ENGLISH_ARTICLE, englishOnlyQuizFile, quizOf, SAMPLE_ARTICLE, sampleQuiz, sampleQuizWithUnits } from './export-fixture.ts'
import { validateAgainstXsd, type XsdReport } from './qti-xsd.ts'
import { UNSEEN_ARTICLES } from './draft-articles-unseen.ts'
import { GENRE_ARTICLES } from './draft-genres-articles.ts'
import { GRADING_ARTICLES } from './grade-drafted-articles.ts'

/** A teacher's likely export: the drafter's quiz from an article, as drafted. */
function draftedQuiz(text: string = seed): Quiz {
  const { articleText, ...file } = draftQuiz(text).quiz
  return { ...file, visibility: 'public', article: parseArticle(articleText) }
}

/** Drafts of articles of every genre the drafter was tested on (race times, scores, names, money, dates…). */
const DRAFTED_ARTICLES = [...GENRE_ARTICLES, ...UNSEEN_ARTICLES, ...GRADING_ARTICLES]

/** Quiz, question and choice ids that start with a digit, which a QTI identifier (an NCName) cannot. */
function digitIdsQuiz(): Quiz {
  const quiz = sampleQuiz()
  quiz.id = '2024-beijing-summit'
  quiz.questions = quiz.questions.map((q, i) => ({ ...q, id: `${i + 1}-${q.id}` }))
  return quiz
}

/** Every string the export escapes, in every text a quiz has. */
function hostileQuiz(): Quiz {
  const quiz = sampleQuizWithUnits()
  const evil = '</qti-prompt><x a="\'">&amp;\u0001\uD800 ]]> <!-- --> "'
  quiz.title = { ar: evil, en: evil }
  quiz.questions = quiz.questions.map((q) => ({ ...q, prompt: { ar: evil, en: evil }, explanation: { ar: evil, en: evil } }))
  return quiz
}

const CASES: [name: string, quiz: () => Quiz, options: QtiOptions][] = [
  ['sample quiz, Arabic', sampleQuiz, {}],
  ['sample quiz, English', sampleQuiz, { lang: 'en' }],
  ['units (money, percent, dates), Arabic', sampleQuizWithUnits, {}],
  ['units (money, percent, dates), English', sampleQuizWithUnits, { lang: 'en' }],
  ['Arabic-only quiz asked in English', () => quizOf(arabicOnlyQuizFile(), SAMPLE_ARTICLE), { lang: 'en' }],
  ['English-only quiz asked in Arabic', () => quizOf(englishOnlyQuizFile(), ENGLISH_ARTICLE), { lang: 'ar' }],
  ['drafted from the seed article', draftedQuiz, {}],
  ...DRAFTED_ARTICLES.map(({ name, text }): (typeof CASES)[number] => [`drafted from ${name}`, () => draftedQuiz(text), {}]),
  ['ids starting with digits', digitIdsQuiz, {}],
  ['hostile text everywhere', hostileQuiz, {}],
]

/** The package's files by `<case> › <path>`, split by the schema that validates them. */
function packages() {
  const asi: Record<string, string> = {}
  const manifest: Record<string, string> = {}
  for (const [name, quiz, options] of CASES) {
    for (const [path, bytes] of Object.entries(unzipSync(quizToQtiPackage(quiz(), options)))) {
      ;(path === 'imsmanifest.xml' ? manifest : asi)[`${name} › ${path}`] = strFromU8(bytes)
    }
  }
  return { asi, manifest }
}

/** Files the schemas must reject: a validator that passes these would make every pass above meaningless. */
function rejected(files: ReturnType<typeof packages>) {
  const item = files.asi['sample quiz, Arabic › items/sample-quiz-meeting-city.xml']!
  const manifest = files.manifest['sample quiz, Arabic › imsmanifest.xml']!
  const testPath = Object.keys(files.asi).find((path) => path.startsWith('sample quiz, Arabic › tests/'))!
  const test = files.asi[testPath]!
  return {
    asi: {
      // A prompt belongs inside an interaction, not loose in the item body.
      'rejected › prompt in the body': item.replace('<qti-item-body><div', '<qti-item-body><qti-prompt>?</qti-prompt><div'),
      // An identifier cannot start with a digit.
      'rejected › identifier starting with a digit': item.replace('identifier="sample-quiz-meeting-city"', 'identifier="1-meeting-city"'),
      // A test takes no xml:lang (its items do).
      'rejected › xml:lang on the test': test.replace('<qti-assessment-test ', '<qti-assessment-test xml:lang="ar" '),
    },
    manifest: { 'rejected › unknown resource type': manifest.replace('type="imsqti_test_xmlv3p0"', 'type="qti-test"') },
  }
}

// One xmllint run per schema for every case: compiling the 7 MB ASI schema takes seconds on a busy machine.
describe('QTI 3.0 export against the 1EdTech XSDs (libxml2)', { timeout: 180_000 }, () => {
  const files = packages()
  const bad = rejected(files)
  let asi: XsdReport
  let manifest: XsdReport

  beforeAll(async () => {
    ;[asi, manifest] = await Promise.all([
      validateAgainstXsd('asi', { ...files.asi, ...bad.asi }),
      validateAgainstXsd('manifest', { ...files.manifest, ...bad.manifest }),
    ])
  }, 180_000)

  it('has every file of every case to validate (items, stimulus, test, manifest)', () => {
    for (const [name, quiz] of CASES) {
      const paths = Object.keys(files.asi).filter((path) => path.startsWith(`${name} › `))
      expect(
        paths.filter((p) => p.includes(' › items/')),
        name,
      ).toHaveLength(quiz().questions.length)
      expect(
        paths.filter((p) => p.includes(' › stimulus/')),
        name,
      ).toHaveLength(1)
      expect(
        paths.filter((p) => p.includes(' › tests/')),
        name,
      ).toHaveLength(1)
      expect(files.manifest[`${name} › imsmanifest.xml`], name).toBeDefined()
    }
  })

  it.each(CASES.map(([name]) => name))('%s: every item, the stimulus and the test are valid ASI documents', (name) => {
    const invalid = Object.entries(asi).filter(([path, errors]) => path.startsWith(`${name} › `) && errors.length > 0)
    expect(Object.fromEntries(invalid)).toEqual({})
  })

  it.each(CASES.map(([name]) => name))('%s: the manifest is a valid QTI 3.0 content-packaging manifest', (name) => {
    expect(manifest[`${name} › imsmanifest.xml`]).toEqual([])
  })

  it('rejects what the schemas forbid, so a pass means something', () => {
    expect(asi['rejected › prompt in the body']!.join('\n')).toMatch(/qti-prompt'?: This element is not expected/)
    expect(asi['rejected › identifier starting with a digit']!.join('\n')).toMatch(/'identifier'.*1-meeting-city/)
    expect(asi['rejected › xml:lang on the test']!.join('\n')).toMatch(/lang/)
    expect(manifest['rejected › unknown resource type']!.join('\n')).toMatch(/'type'.*qti-test/)
  })
})
