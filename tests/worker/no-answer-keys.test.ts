import { SELF } from 'cloudflare:test'
import { beforeAll, describe, expect, it } from 'vitest'
import { quizSources } from '../../questions/index.ts'
import { loadQuiz } from '../../src/core/load-quiz.ts'
import { LANGS, type Quiz } from '../../src/core/quiz-schema.ts'
import { sampleQuiz } from '../core/export-fixture.ts'
import { createAuthoredQuiz } from './authored-quiz.ts'
import { createAssignment, createClass, submit } from './classroom-helpers.ts'

const FORBIDDEN_KEYS = ['answer', 'answers', 'accepted', 'explanation', 'evidence', 'tolerance', 'partialCredit', 'expected', 'correct']

const quizzes: Quiz[] = quizSources.map((s) => loadQuiz(s.file, s.articleText))

/** Every string that would give an answer away: accepted answers and explanations, in every language written. */
function secretsOf(quiz: Quiz): string[] {
  const secrets: string[] = []
  for (const q of quiz.questions) {
    secrets.push(...Object.values(q.explanation))
    if (q.type === 'text') secrets.push(...q.answer.accepted)
  }
  return secrets
}

/** Walks a JSON value and calls `visit` with the dotted path of every key and every string. */
function walk(value: unknown, path: string, onKey: (key: string, path: string) => void, onString: (s: string, path: string) => void) {
  if (typeof value === 'string') onString(value, path)
  else if (Array.isArray(value)) value.forEach((v, i) => walk(v, `${path}[${i}]`, onKey, onString))
  else if (value && typeof value === 'object') {
    for (const [k, v] of Object.entries(value)) {
      onKey(k, `${path}.${k}`)
      walk(v, `${path}.${k}`, onKey, onString)
    }
  }
}

function publicGetPaths(): string[] {
  const paths = ['/v1/quizzes', ...LANGS.map((l) => `/v1/quizzes?lang=${l}`)]
  for (const s of quizSources) {
    paths.push(`/v1/quizzes/${s.id}`)
    for (const lang of LANGS) paths.push(`/v1/quizzes/${s.id}?lang=${lang}`)
  }
  return paths
}

describe('public GET responses carry no answer keys', () => {
  it('has quizzes and secrets to look for (the test would notice a leak)', () => {
    expect(quizzes.length).toBeGreaterThan(0)
    const secrets = quizzes.flatMap(secretsOf)
    expect(secrets.length).toBeGreaterThan(quizzes[0]!.questions.length)
    // The walker finds a planted leak.
    const found: string[] = []
    walk(
      { a: [{ explanation: 'x' }, secrets[0]] },
      '$',
      (k, p) => FORBIDDEN_KEYS.includes(k) && found.push(p),
      (s, p) => secrets.includes(s) && found.push(p),
    )
    expect(found).toEqual(['$.a[0].explanation', '$.a[1]'])
  })

  for (const path of publicGetPaths()) {
    it(`GET ${path}`, async () => {
      const res = await SELF.fetch(`http://x${path}`)
      expect(res.status).toBe(200)
      expect(leaksIn(await res.json(), quizzes)).toEqual([])
    })
  }
})

/** Where `body` gives away a key of `of`: a forbidden key anywhere, an accepted answer as a value, an explanation in any string. */
function leaksIn(body: unknown, of: Quiz[], publicStrings: string[] = []): string[] {
  const leaks: string[] = []
  // An accepted answer that is also shown on purpose (a choice's text: بكين) is no secret.
  const all = of.flatMap(secretsOf).filter((s) => !publicStrings.includes(s))
  const explanations = of.flatMap((q) => q.questions.flatMap((x) => Object.values(x.explanation)))
  walk(
    body,
    '$',
    (key, at) => {
      if (FORBIDDEN_KEYS.includes(key)) leaks.push(`key ${at}`)
    },
    (s, at) => {
      // Accepted answers may also occur inside the article ("بكين"), so only a whole value is a leak.
      if (all.includes(s.trim())) leaks.push(`value ${at}: ${s}`)
      // Explanations are whole sentences written for the key: not even as part of a string.
      for (const e of explanations) if (s.includes(e)) leaks.push(`explanation in ${at}: ${e.slice(0, 40)}…`)
    },
  )
  return leaks
}

/** Every choice text of a quiz in every language written: shown to takers on purpose. */
function choiceTexts(quiz: Quiz): string[] {
  return quiz.questions.flatMap((q) => (q.type === 'single' || q.type === 'multiple' ? q.choices.flatMap((c) => Object.values(c.text)) : []))
}

describe('responses about authored quizzes carry no answer keys', () => {
  // The sample quiz (every question type), stored through the editor API: once public, once for classrooms only.
  const sample = sampleQuiz()
  const ids = { open: '', classroom: '' }
  const paths: string[] = []
  beforeAll(async () => {
    ids.open = await createAuthoredQuiz()
    ids.classroom = await createAuthoredQuiz({ visibility: 'classroom' })
    const cls = await createClass()
    const code = (await createAssignment(cls, { quizId: ids.classroom, revealAnswers: 'never', shuffle: true })).code
    paths.push('/v1/quizzes', ...LANGS.map((l) => `/v1/quizzes?lang=${l}`))
    for (const query of ['', ...LANGS.map((l) => `?lang=${l}`)]) {
      paths.push(`/v1/quizzes/${ids.open}${query}`, `/v1/assignments/${code}${query}`, `/v1/assignments/${code}/quiz${query}`)
    }
    // A submission under `never` reveals nothing either.
    const res = await submit(code, { name: 'Sara', answers: { 'meeting-place': 'moscow', 'meeting-city': 'موسكو' } })
    const { attemptId } = (await res.json()) as { attemptId: string }
    paths.push(`/v1/assignments/${code}/attempts/${attemptId}`)
  })

  it('walks the public quiz, the list, and a never-reveal assignment of the classroom quiz', async () => {
    expect(paths.length).toBeGreaterThan(10)
    // The secrets to look for exist and are not all public strings.
    expect(secretsOf(sample).filter((s) => !choiceTexts(sample).includes(s)).length).toBeGreaterThan(sample.questions.length)
    for (const path of paths) {
      const res = await SELF.fetch(`http://x${path}`)
      expect(res.status, path).toBe(200)
      expect(leaksIn(await res.json(), [sample], choiceTexts(sample)), path).toEqual([])
    }
  })

  it('never names the classroom quiz on the public list', async () => {
    for (const path of ['/v1/quizzes', ...LANGS.map((l) => `/v1/quizzes?lang=${l}`)]) {
      const text = await (await SELF.fetch(`http://x${path}`)).text()
      expect(text).toContain(ids.open)
      expect(text).not.toContain(ids.classroom)
    }
  })
})
