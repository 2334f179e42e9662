// After a deploy: asks a fahm host for every public quiz once, so that no reader is the first.
//
// The front Worker answers a reader's request for a quiz published from the studio or the editor API
// from the record the app keeps of it (src/worker/served-quiz-record.ts), and reads only a record of
// its own build (SERVED_BUILD): after a deploy, every authored quiz's next request goes to the app,
// which serves it and keeps its record for the new build. Asked here, that request is this script's,
// not a reader's. Catalog quizzes (questions/) are in the front's bundle: asking for them costs the
// front a lookup.
//
//   node scripts/ask-public-quizzes.mjs https://HOST     (npm run deploy runs it itself)
//
// Best effort: a quiz asked for while the rollout still runs may be served by the previous version
// (whose record the new one does not read); its first reader then goes to the app, as before.

/** How many quizzes are asked for at once. */
const CONCURRENCY = 4

/**
 * Lists the public quizzes of the fahm at `base` (`GET /v1/quizzes`, every page) and asks for each
 * once (`GET /v1/quizzes/{id}`).
 *
 * @param {string} base The host's URL, e.g. `https://fahm.example.workers.dev`.
 * @param {{ fetch?: typeof fetch }} [options]
 * @returns {Promise<{ asked: string[], failed: { id: string, status: number }[] }>}
 */
export async function askPublicQuizzes(base, { fetch: fetchUrl = fetch } = {}) {
  const ids = []
  let cursor = null
  do {
    const page = new URL('/v1/quizzes', base)
    if (cursor) page.searchParams.set('cursor', cursor)
    const res = await fetchUrl(page, { headers: { accept: 'application/json' } })
    if (!res.ok) throw new Error(`GET ${page.pathname}${page.search} answered ${res.status}`)
    const listed = await res.json()
    ids.push(...listed.quizzes.map((quiz) => quiz.id))
    cursor = listed.nextCursor
  } while (cursor)

  const asked = []
  const failed = []
  let next = 0
  const askNext = async () => {
    while (next < ids.length) {
      const id = ids[next++]
      const res = await fetchUrl(new URL(`/v1/quizzes/${encodeURIComponent(id)}`, base), { headers: { accept: 'application/json' } })
      await res.arrayBuffer()
      if (res.ok) asked.push(id)
      else failed.push({ id, status: res.status })
    }
  }
  await Promise.all(Array.from({ length: CONCURRENCY }, askNext))
  return { asked, failed }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const base = process.argv[2]
  if (!base || !/^https?:\/\//.test(base)) {
    console.error('Usage: node scripts/ask-public-quizzes.mjs https://HOST')
    process.exit(2)
  }
  const { asked, failed } = await askPublicQuizzes(base)
  console.log(`  asked for ${asked.length} public quizzes once${failed.length ? `; ${failed.length} failed:` : ''}`)
  for (const { id, status } of failed) console.log(`    ${id}: ${status}`)
  if (failed.length) process.exit(1)
}
