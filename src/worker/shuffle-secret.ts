/**
 * The server secret that seeds classroom shuffles (`SHUFFLE_SECRET`; see core/shuffle.ts). Deployed,
 * it is a Worker secret that `npm run deploy` creates once (`npx wrangler secret put SHUFFLE_SECRET`
 * to rotate it, which reorders every shuffled assignment). Locally `.dev.vars` may set it; without
 * it, `npm start` and the tests use {@link DEV_SHUFFLE_SECRET}, which is public and only fit for a
 * development machine.
 */

/** The development value: public, so a deployed Worker must never run on it. */
export const DEV_SHUFFLE_SECRET = 'fahm-development-shuffle-secret'

/** The shuffle secret of this Worker, or the development value when none is set. */
export function shuffleSecret(env: Env): string {
  // Declared by wrangler.toml's [secrets], yet absent where none is set (`npm start` without .dev.vars).
  return env.SHUFFLE_SECRET || DEV_SHUFFLE_SECRET
}
