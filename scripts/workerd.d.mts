import type { Miniflare } from 'miniflare'

/** A Worker bundled as it deploys (see scripts/workerd.mjs). */
export type Bundle = {
  modules: Record<string, { type: 'esm' | 'text'; contents: string }>
  mainModule: string
  stats: { modules: number; rawBytes: number; gzipBytes: number }
}

/** The front Worker's config, wrangler.front.toml. */
export const FRONT_CONFIG: string
/** The app Worker's config, wrangler.toml. */
export const APP_CONFIG: string
/** The authoring Worker's config, wrangler.authoring.toml. */
export const AUTHORING_CONFIG: string
/** The grader Worker's config, wrangler.grader.toml. */
export const GRADER_CONFIG: string

/** See scripts/workerd.mjs: `wrangler deploy --dry-run` of the app Worker (or of `config`'s, or of `entry`). */
export function bundleWorker(options?: { entry?: string; config?: string }): Bundle

/** wrangler.toml's compatibility date. */
export function compatibilityDate(): string

/** wrangler.toml's name: the app Worker's. */
export function appWorkerName(): string

/** See scripts/workerd.mjs: the app's bundle on a fresh workerd process, on 127.0.0.1; with `front`, the front before it. */
export function startWorker(
  bundle: Pick<Bundle, 'modules' | 'mainModule'>,
  options?: {
    vars?: Record<string, string>
    d1?: string | null
    front?: Pick<Bundle, 'modules' | 'mainModule'>
    authoring?: Pick<Bundle, 'modules' | 'mainModule'> | null
    grader?: Pick<Bundle, 'modules' | 'mainModule'> | null
  },
): Promise<{ base: string; mf: Miniflare }>

/** See scripts/workerd.mjs: the front's bundle alone on a fresh workerd process, its app unreachable. */
export function startFrontAlone(bundle: Pick<Bundle, 'modules' | 'mainModule'>, options?: { d1?: string | null }): Promise<{ base: string; mf: Miniflare }>

/** See scripts/workerd.mjs: a bundle on a bare `workerd serve` process, without Miniflare or bindings (the front: its APP). */
export function startBareWorkerd(
  bundle: Pick<Bundle, 'modules' | 'mainModule'>,
  options?: { front?: boolean },
): Promise<{ base: string; stop: () => void; cpuMs: () => number | null }>

/** See scripts/workerd.mjs: applies migrations/ to the local D1 of a Miniflare (the app's, or `worker`'s) and returns it. */
export function migrateD1(mf: Miniflare, worker?: string): ReturnType<Miniflare['getD1Database']>

/** See scripts/workerd.mjs: bundles the app Worker (and with `front` the front Worker) and starts it with its D1 migrated. */
export function startBundledWorker(options?: {
  vars?: Record<string, string>
  d1?: string
  entry?: string
  front?: boolean
}): Promise<{ base: string; mf: Miniflare; bundle: Bundle['stats'] }>
