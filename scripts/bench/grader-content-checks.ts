// npm run bench:start-parts: grader.ts with the content checks too (the quiz schema, and so zod).
const grader = () =>
  Promise.all([
    import('../../src/core/grade-answers.ts'),
    import('../../src/core/export/gift.ts'),
    import('../../src/core/export/qti.ts'),
    import('../../src/core/content-checks.ts'),
  ])

export default {
  async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname === '/v1/ping') return Response.json({ ok: true })
    return Response.json({ modules: (await grader()).length })
  },
}
