/** Lists the public quizzes of the fahm at `base` (every page) and asks for each once; see ask-public-quizzes.mjs. */
export function askPublicQuizzes(base: string, options?: { fetch?: typeof fetch }): Promise<{ asked: string[]; failed: { id: string; status: number }[] }>
