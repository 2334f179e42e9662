import type { BuildOptions, Plugin } from 'esbuild'

/** The Workers scripts/build-workers.mjs bundles: each one's wrangler config, entry and bundle (its config's `main`), from the repository root. */
export const WORKER_BUILDS: Record<'app' | 'grader' | 'authoring', { config: string; entry: string; out: string }>

/** See scripts/build-workers.mjs: a source's regular-expression literals of Unicode properties, rewritten to be parsed when they first run. */
export function propertyRegExpsDeferred(source: string, fileName?: string): { text: string; count: number }

/** What of a route definition the app reads when it serves it; the rest only its OpenAPI document reads. */
export const SERVED_ROUTE_FIELDS: readonly string[]

/** See scripts/build-workers.mjs: a module of the app without what only its OpenAPI document reads. */
export function routeDocsStripped(source: string, fileName?: string): { text: string; count: number }

/** The esbuild plugin that applies `routeDocsStripped`, then `propertyRegExpsDeferred`, to each TypeScript module of a build. */
export const workerSourceRewrites: Plugin

/** esbuild's options for a Worker's bundle: wrangler's for a deploy, but UTF-8, no kept names, and `workerSourceRewrites`. */
export const WORKER_BUNDLE_OPTIONS: BuildOptions & { plugins: Plugin[] }

/** A Worker's bundle, written to its folder's generated/ or, with `write: false`, returned. */
export function buildWorker(worker: keyof typeof WORKER_BUILDS, options?: { write?: boolean }): Promise<{ contents: string; bytes: number; unchanged: boolean }>

/** esbuild's options as wrangler bundles a module Worker for a deploy. */
export const WRANGLER_DEPLOY_OPTIONS: BuildOptions
