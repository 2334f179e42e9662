// What the Worker's environment holds beyond the generated `Env` (worker-configuration.d.ts, from
// wrangler.toml by `npm run types`): secrets wrangler.toml cannot declare as optional.

declare namespace Cloudflare {
  interface Env {
    /**
     * The editor token (`wrangler secret put EDITOR_TOKEN`; `.dev.vars` locally). Optional: without
     * it the Worker has no editor, and only teacher keys author quizzes.
     */
    EDITOR_TOKEN?: string
  }
}

interface Env extends Cloudflare.Env {}
