// npm run bench:start-parts: the grader as a Worker of its own would hold it — grading, feedback and
// the exports' writers, imported on first use as the app imports them — to measure its start.
const grader = () => Promise.all([import('../../src/core/grade-answers.ts'), import('../../src/core/export/gift.ts'), import('../../src/core/export/qti.ts')])

export default {
  async fetch(request: Request): Promise<Response> {
    if (new URL(request.url).pathname === '/v1/ping') return Response.json({ ok: true })
    return Response.json({ modules: (await grader()).length })
  },
}
