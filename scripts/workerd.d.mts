import type { Miniflare } from 'miniflare'

/** A Worker bundled as it deploys (see scripts/workerd.mjs). */
export type Bundle = {
  modules: Record<string, { type: 'esm' | 'text'; contents: string }>
  mainModule: string
  stats: { modules: number; rawBytes: number; gzipBytes: number }
}

/** See scripts/workerd.mjs: `wrangler deploy --dry-run` of the Worker (or of `entry`). */
export function bundleWorker(options?: { entry?: string }): Bundle

/** wrangler.toml's compatibility date. */
export function compatibilityDate(): string

/** See scripts/workerd.mjs: a bundle on a fresh workerd process, on 127.0.0.1. */
export function startWorker(
  bundle: Pick<Bundle, 'modules' | 'mainModule'>,
  options?: { vars?: Record<string, string>; d1?: string; assets?: boolean },
): Promise<{ base: string; mf: Miniflare }>

/** See scripts/workerd.mjs: a bundle on a bare `workerd serve` process, without Miniflare or bindings. */
export function startBareWorkerd(bundle: Pick<Bundle, 'modules' | 'mainModule'>): Promise<{ base: string; stop: () => void }>

/** See scripts/workerd.mjs: bundles the Worker and starts it with its D1 migrated. */
export function startBundledWorker(options?: {
  vars?: Record<string, string>
  d1?: string
  entry?: string
  assets?: boolean
}): Promise<{ base: string; mf: Miniflare; bundle: Bundle['stats'] }>
