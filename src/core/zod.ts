/**
 * The zod every schema of fahm is written with: zod's tree-shakable API (`zod/mini`), with the English
 * messages that zod's classic API registers for itself. Its functions take a schema rather than
 * chain on it (`z.optional(z.string().check(z.maxLength(40)))`), so a bundle holds only the ones it
 * calls: the app Worker starts within issue 12's budget, where zod's classic API alone cost it
 * a third of a hello-world's start (docs/developers.md, "What each part of the app adds to its
 * start"). Parsing, issues and messages are zod's own (`zod/v4/core`, shared by both APIs).
 *
 * The OpenAPI document is generated from the same schemas at build time, with zod's classic API
 * standing in for this module (scripts/openapi/zod-classic-as-mini.ts).
 */
import { config } from 'zod/mini'
import en from 'zod/v4/locales/en.js'

config(en())

export * from 'zod/mini'
