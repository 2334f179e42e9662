import type { BuildOptions, Plugin } from 'esbuild'

/** The authoring Worker's entry, from the repository root. */
export const AUTHORING_ENTRY: string
/** Where scripts/build-authoring.mjs writes its bundle, from the repository root (wrangler.authoring.toml's `main`). */
export const AUTHORING_OUT: string

/** See scripts/build-authoring.mjs: a source's regular-expression literals of Unicode properties, rewritten to be parsed when they first run. */
export function propertyRegExpsDeferred(source: string, fileName?: string): { text: string; count: number }

/** The esbuild plugin that applies `propertyRegExpsDeferred` to each TypeScript module of a build. */
export const propertyRegExps: Plugin

/** The authoring Worker's bundle, written to src/authoring/generated/ or, with `write: false`, returned. */
export function buildAuthoring(options?: { write?: boolean }): Promise<{ contents: string; bytes: number; unchanged: boolean }>

/** esbuild's options as wrangler bundles a module Worker for a deploy. */
export const WRANGLER_DEPLOY_OPTIONS: BuildOptions
