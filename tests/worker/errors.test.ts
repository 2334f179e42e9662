import { SELF } from 'cloudflare:test'
import { Hono } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { describe, expect, it, vi } from 'vitest'
import { GRADE_BODY_LIMIT } from '../../src/worker/middleware/body-limit.ts'
import { onError, problem } from '../../src/worker/problem.ts'
import { expectProblem } from './problem-assert.ts'

const QUIZ = 'kim-putin-beijing'
const GRADE = `http://x/v1/quizzes/${QUIZ}/grade`
const CHECK = `http://x/v1/quizzes/${QUIZ}/questions/meeting-duration/check`

function postRaw(url: string, body: BodyInit, contentType: string | null = 'application/json') {
  return SELF.fetch(url, { method: 'POST', body, headers: contentType ? { 'Content-Type': contentType } : {} })
}

describe('404 and 405', () => {
  it('answers an unknown /v1 path with a 404 problem', async () => {
    const body = await expectProblem(await SELF.fetch('http://x/v1/nope'), 404, 'not-found')
    expect(body.instance).toBe('/v1/nope')
  })

  it('answers an unknown path outside /v1 with a 404 problem', async () => {
    await expectProblem(await SELF.fetch('http://x/definitely/not/here'), 404, 'not-found')
  })

  it('builds `type` from the request host', async () => {
    await expectProblem(await SELF.fetch('https://fahm.example/v1/nope'), 404, 'not-found', 'https://fahm.example')
  })

  it('answers a wrong method on a known path with 405 and Allow', async () => {
    const res = await SELF.fetch('http://x/v1/health', { method: 'DELETE' })
    const body = await expectProblem(res, 405, 'method-not-allowed')
    expect(res.headers.get('allow')).toBe('GET, HEAD')
    expect(body.allow).toEqual(['GET', 'HEAD'])
  })

  it('answers GET on grade and PUT on a quiz with 405', async () => {
    const get = await SELF.fetch(GRADE)
    await expectProblem(get, 405, 'method-not-allowed')
    expect(get.headers.get('allow')).toBe('POST')
    const patch = await SELF.fetch(`http://x/v1/quizzes/${QUIZ}`, { method: 'PATCH', body: '{}' })
    await expectProblem(patch, 405, 'method-not-allowed')
    const allow = patch.headers.get('allow')!.split(', ')
    expect(allow).toEqual(expect.arrayContaining(['GET', 'HEAD']))
    expect(allow).not.toContain('PATCH')
  })
})

describe('request bodies', () => {
  it('answers malformed JSON with 400 invalid-json', async () => {
    await expectProblem(await postRaw(GRADE, '{"answers": {'), 400, 'invalid-json')
    await expectProblem(await postRaw(CHECK, ''), 400, 'invalid-json')
  })

  it.each([
    [
      GRADE,
      '{"answers": {',
      1,
      14,
      'The request body is not valid JSON: unexpected end of input; expected a property name in double quotes at line 1, column 14.',
    ],
    [
      GRADE,
      '{\n  "answers": {\n    "meeting-duration": "ساعتين",\n  }\n}',
      4,
      3,
      "The request body is not valid JSON: unexpected character '}'; expected a property name in double quotes at line 4, column 3.",
    ],
    [
      CHECK,
      "{'answer': 2}",
      1,
      2,
      "The request body is not valid JSON: unexpected character '''; expected a property name in double quotes at line 1, column 2.",
    ],
    [CHECK, '', 1, 1, 'The request body is empty; send a JSON document.'],
  ])('says where the JSON of %s breaks: %j', async (url, body, line, column, detail) => {
    const problem = await expectProblem(await postRaw(url, body), 400, 'invalid-json')
    expect(problem).toMatchObject({ detail, line, column })
  })

  it('finds where a UTF-8 body with Arabic text breaks, counted in characters', async () => {
    const body = new TextEncoder().encode('{"answer": «ساعتان»}')
    expect(await expectProblem(await postRaw(CHECK, body), 400, 'invalid-json')).toMatchObject({ line: 1, column: 12 })
  })

  it('answers a non-JSON content type with 415', async () => {
    await expectProblem(await postRaw(GRADE, 'answers=1', 'application/x-www-form-urlencoded'), 415, 'unsupported-media-type')
    await expectProblem(await postRaw(CHECK, '{"answer": 1}', 'text/plain'), 415, 'unsupported-media-type')
  })

  it('answers a body without a content type with 415', async () => {
    await expectProblem(await postRaw(GRADE, '{"answers": {}}', null), 415, 'unsupported-media-type')
  })

  it('accepts JSON with a charset parameter', async () => {
    const res = await postRaw(GRADE, '{"answers": {}}', 'application/json; charset=utf-8')
    expect(res.status).toBe(200)
  })

  it(`answers a body over ${GRADE_BODY_LIMIT} bytes with 413, before parsing it`, async () => {
    const big = JSON.stringify({ answers: { 'meeting-city': 'x'.repeat(GRADE_BODY_LIMIT) } })
    const body = await expectProblem(await postRaw(GRADE, big), 413, 'payload-too-large')
    expect(body.limit).toBe(GRADE_BODY_LIMIT)
    // Not even valid JSON: the size is checked first.
    await expectProblem(await postRaw(CHECK, '{'.repeat(GRADE_BODY_LIMIT + 1)), 413, 'payload-too-large')
  })

  it('answers a streamed body over the limit (no Content-Length) with 413', async () => {
    const chunk = new TextEncoder().encode('x'.repeat(16 * 1024))
    let sent = 0
    const stream = new ReadableStream<Uint8Array>({
      pull(controller) {
        if (sent++ < 8) controller.enqueue(chunk)
        else controller.close()
      },
    })
    await expectProblem(await postRaw(GRADE, stream), 413, 'payload-too-large')
  })

  it('answers a missing answers object with 422 naming it', async () => {
    const body = await expectProblem(await postRaw(GRADE, '{}'), 422, 'validation-failed')
    expect(body.errors).toEqual([expect.objectContaining({ path: 'answers', in: 'body' })])
  })

  it('answers a value of no answer type with 422 naming the question', async () => {
    const res = await postRaw(GRADE, JSON.stringify({ answers: { 'meeting-duration': { hours: 2.5 } } }))
    const body = await expectProblem(res, 422, 'validation-failed')
    expect(body.errors.map((e: { path: string }) => e.path)).toEqual(['answers.meeting-duration'])
  })

  it('answers a wrong shape for the question type with 422 naming each field', async () => {
    const res = await postRaw(
      GRADE,
      JSON.stringify({
        answers: {
          'training-areas': 'drones',
          'parade-occasion': ['japan-surrender'],
          'meeting-duration': true,
          'meeting-city': 'بكين',
        },
      }),
    )
    const body = await expectProblem(res, 422, 'validation-failed')
    const paths = body.errors.map((e: { path: string }) => e.path).sort()
    expect(paths).toEqual(['answers.meeting-duration', 'answers.parade-occasion', 'answers.training-areas'])
    for (const e of body.errors) expect(e.message).toEqual(expect.any(String))
  })

  it('answers an answer to a question the quiz does not have with 422', async () => {
    const res = await postRaw(GRADE, JSON.stringify({ answers: { 'no-such-question': 'x' } }))
    const body = await expectProblem(res, 422, 'validation-failed')
    expect(body.errors[0].path).toBe('answers.no-such-question')
  })

  it('treats prototype-named keys as unknown questions, never as object internals', async () => {
    // `__proto__` is refused by the answers' schema itself (zod's records would drop it silently),
    // before the grader names the other unknown ids.
    const res = await postRaw(GRADE, '{"answers": {"__proto__": {"polluted": true}, "constructor": "y", "toString": "z"}}')
    const body = await expectProblem(res, 422, 'validation-failed')
    expect(body.errors).toEqual([{ path: 'answers.__proto__', message: 'no question with this id in the quiz', in: 'body', pointer: '/answers/__proto__' }])
    expect(({} as Record<string, unknown>).polluted).toBeUndefined()
    const others = await expectProblem(await postRaw(GRADE, '{"answers": {"constructor": "y", "toString": "z"}}'), 422, 'validation-failed')
    expect(others.errors.map((e: { path: string }) => e.path).sort()).toEqual(['answers.constructor', 'answers.toString'])
  })

  it('rejects a number that overflows to Infinity with 422', async () => {
    const body = await expectProblem(await postRaw(CHECK, '{"answer": 1e400}'), 422, 'validation-failed')
    expect(body.errors[0].path).toBe('answer')
  })

  it('names `answer` for a wrong shape on check', async () => {
    const body = await expectProblem(await postRaw(CHECK, JSON.stringify({ answer: ['a'] })), 422, 'validation-failed')
    expect(body.errors).toEqual([expect.objectContaining({ path: 'answer' })])
    const missing = await expectProblem(await postRaw(CHECK, '{}'), 422, 'validation-failed')
    expect(missing.errors[0].path).toBe('answer')
  })

  it('answers a bad lang on POST with 400', async () => {
    const body = await expectProblem(await postRaw(`${GRADE}?lang=xx`, '{"answers":{}}'), 400, 'validation-failed')
    expect(body.errors[0]).toMatchObject({ path: 'lang', in: 'query' })
  })
})

describe('onError', () => {
  function app() {
    return new Hono()
      .get('/boom', () => {
        throw new Error('secret database detail')
      })
      .get('/teapot', () => problem('conflict', 'Already there.', { extras: { id: 7 }, headers: { 'Retry-After': '3' } }))
      .get('/http', () => {
        throw new HTTPException(401, { res: new Response('no', { headers: { 'WWW-Authenticate': 'Bearer' } }) })
      })
      .onError(onError)
  }

  it('turns an unknown error into a generic 500 that reveals nothing, and logs it', async () => {
    const log = vi.spyOn(console, 'error').mockImplementation(() => {})
    const res = await app().request('http://h/boom')
    const body = await expectProblem(res, 500, 'internal-error', 'http://h')
    expect(JSON.stringify(body)).not.toContain('secret')
    expect(log).toHaveBeenCalled()
    log.mockRestore()
  })

  it('keeps extras and headers of a thrown problem', async () => {
    const res = await app().request('http://h/teapot')
    const body = await expectProblem(res, 409, 'conflict', 'http://h')
    expect(body.id).toBe(7)
    expect(res.headers.get('retry-after')).toBe('3')
  })

  it('maps a Hono HTTPException to its code and keeps WWW-Authenticate', async () => {
    const res = await app().request('http://h/http')
    await expectProblem(res, 401, 'unauthorized', 'http://h')
    expect(res.headers.get('www-authenticate')).toBe('Bearer')
  })
})
