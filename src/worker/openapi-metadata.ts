/**
 * What a schema adds to the OpenAPI document: its component name (`'Problem'`), a description, an
 * example, a parameter's name and place. Nothing at run time reads it — the Worker validates, and
 * serves a document generated at build time (scripts/build-openapi-document.ts) — so here the
 * schema is returned as it is, and the build, which loads the routes with zod's classic API, swaps
 * this module for one that hands the metadata to zod-to-openapi's `.openapi()`
 * (scripts/openapi/openapi-metadata.ts).
 */

/** The metadata of one schema, as zod-to-openapi's `.openapi()` takes it. */
export type OpenApiMetadata = {
  description?: string
  example?: unknown
  examples?: unknown[]
  deprecated?: boolean
  param?: { name?: string; in?: 'path' | 'query' | 'header' | 'cookie'; description?: string; required?: boolean; example?: unknown }
  [keyword: string]: unknown
}

/** `schema`, documented: `openapi(schema, 'Name', { example })` names it as a component. */
export function openapi<Schema>(schema: Schema, refOrMetadata: string | OpenApiMetadata, metadata?: OpenApiMetadata): Schema
export function openapi<Schema>(schema: Schema): Schema {
  return schema
}
