// npm run build (scripts/build-openapi-document.ts): src/worker/openapi-metadata.ts as the build
// loads the routes, where schemas are zod's classic ones (zod-classic-as-mini.ts): the metadata goes
// to zod-to-openapi's `.openapi()`, which the document is generated from.
type Documentable = { openapi: (...args: unknown[]) => unknown }

export function openapi<Schema>(schema: Schema, ...metadata: unknown[]): Schema {
  return (schema as Documentable).openapi(...metadata) as Schema
}
