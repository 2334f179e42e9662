import { vi } from 'vitest'
import type { Quiz, Result } from '../../src/widget/types.ts'

/**
 * A small public quiz with every question type, in the contract's shape, served in `lang`. `langs`:
 * the languages it has (a quiz in one language is served in it whatever is asked).
 */
export function fakeQuiz(lang: 'ar' | 'en' = 'ar', version = 1, langs: ('ar' | 'en')[] = ['ar', 'en']): Quiz {
  if (!langs.includes(lang)) lang = langs[0]!
  const ar = lang === 'ar'
  return {
    id: 'demo',
    version,
    lang,
    dir: ar ? 'rtl' : 'ltr',
    langs,
    title: ar ? 'اختبار تجريبي' : 'Demo quiz',
    source: { name: 'Source', url: 'https://example.com/a' },
    article: {
      lang: 'ar',
      dir: 'rtl',
      paragraphs: [
        { index: 0, heading: null, text: 'استمر الاجتماع ساعتين ونصف في بكين.' },
        { index: 1, heading: 'عنوان', text: 'فقرة ثانية.' },
      ],
    },
    questions: [
      {
        id: 'city',
        type: 'single',
        skill: 'recall',
        points: 1,
        prompt: ar ? 'أين؟ <img src=x onerror="window.__pwned=1">' : 'Where? <img src=x onerror="window.__pwned=1">',
        choices: [
          { id: 'beijing', text: ar ? 'بكين' : 'Beijing' },
          { id: 'moscow', text: ar ? 'موسكو' : 'Moscow' },
        ],
      },
      {
        id: 'areas',
        type: 'multiple',
        skill: 'recall',
        points: 1,
        prompt: ar ? 'اختر' : 'Choose',
        choices: [
          { id: 'a1', text: 'A1' },
          { id: 'a2', text: 'A2' },
          { id: 'a3', text: 'A3' },
        ],
      },
      { id: 'tf', type: 'boolean', skill: 'recall', points: 1, prompt: ar ? 'صح أم خطأ؟' : 'True or false?' },
      { id: 'hours', type: 'numeric', skill: 'recall', points: 1, prompt: ar ? 'كم ساعة؟' : 'How many hours?', unit: 'hour', unitLabel: ar ? 'ساعة' : 'hours' },
      { id: 'name', type: 'text', skill: 'recall', points: 1, prompt: ar ? 'الاسم؟' : 'Name?' },
    ],
  }
}

export function fakeResult(questionId: string, correct: boolean, display = 'shown'): Result {
  return {
    questionId,
    answered: true,
    correct,
    score: correct ? 1 : 0,
    maxScore: 1,
    parsed: { kind: 'text', normalized: display, matched: null, display },
    explanation: 'Because.',
    evidence: { paragraph: 0, quote: 'ساعتين ونصف' },
    expected: { display: 'expected answer', choiceIds: ['beijing'] },
  }
}

export type Call = { method: string; url: URL; body: unknown; headers: Record<string, string> }

/** Stubs fetch with `handler`, recording every call. */
export function stubFetch(handler: (call: Call) => Response | Promise<Response>) {
  const calls: Call[] = []
  vi.stubGlobal(
    'fetch',
    vi.fn(async (input: URL | string, init: RequestInit = {}) => {
      const call: Call = {
        method: init.method ?? 'GET',
        url: new URL(String(input)),
        body: init.body ? JSON.parse(String(init.body)) : undefined,
        headers: (init.headers as Record<string, string>) ?? {},
      }
      calls.push(call)
      return handler(call)
    }),
  )
  return calls
}

export const json = (body: unknown, status = 200) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': status >= 400 ? 'application/problem+json' : 'application/json' },
  })

/** Waits until `find` returns something truthy (the widget renders after fetches resolve). */
export async function until<T>(find: () => T | null | undefined | false, ms = 2000): Promise<T> {
  const end = Date.now() + ms
  for (;;) {
    const found = find()
    if (found) return found
    if (Date.now() > end) throw new Error('timed out waiting for the widget')
    await new Promise((r) => setTimeout(r, 5))
  }
}
