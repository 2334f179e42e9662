import { readdirSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { validateXML } from 'xmllint-wasm'

/** The 1EdTech QTI 3.0 schemas and their imports, vendored in tests/qti (see its README). */
const SCHEMA_DIR = fileURLToPath(new URL('../qti/schemas/', import.meta.url))

/** Root schema of each kind of file in a QTI 3.0 package. */
export const QTI_SCHEMAS = {
  /** Items, stimuli, sections and tests (namespace `http://www.imsglobal.org/xsd/imsqtiasi_v3p0`). */
  asi: 'imsqti_asiv3p0_v1p0.xsd',
  /** `imsmanifest.xml` (namespace `http://www.imsglobal.org/xsd/qti/qtiv3p0/imscp_v1p1`). */
  manifest: 'imsqtiv3p0_imscpv1p2_v1p0.xsd',
} as const

type SchemaFile = { fileName: string; contents: string }

let schemaFiles: SchemaFile[] | undefined

/**
 * The vendored schemas, each `schemaLocation` pointed at the local file of the same name: the files
 * import each other by their published URLs (`https://purl.imsglobal.org/spec/…/xml.xsd`), which
 * the validator, offline, could not load. The files on disk stay as published.
 */
function schemas(): SchemaFile[] {
  schemaFiles ??= readdirSync(SCHEMA_DIR)
    .filter((name) => name.endsWith('.xsd'))
    .map((fileName) => {
      const bytes = readFileSync(SCHEMA_DIR + fileName)
      // XInclude.xsd is published in UTF-16 (with a byte-order mark); the validator reads UTF-8.
      const text = bytes[0] === 0xff && bytes[1] === 0xfe ? bytes.subarray(2).toString('utf16le') : bytes.toString('utf8')
      const contents = text.replace(/schemaLocation(\s*=\s*)"https?:\/\/[^"]*\/([^"/]+\.xsd)"/g, 'schemaLocation$1"$2"')
      return { fileName, contents }
    })
  return schemaFiles
}

/** What the validator said about one document: nothing when it is valid. */
export type XsdReport = Record<string, string[]>

/**
 * Validates documents against one of the QTI 3.0 schemas with libxml2 (xmllint compiled to
 * WebAssembly), all in one run so the large ASI schema is compiled once. Returns each document's
 * errors by its name (`[]` when valid). Throws when the schema itself does not load, or when a
 * document is missing from xmllint's verdicts, so a broken setup cannot pass as "no errors".
 */
export async function validateAgainstXsd(kind: keyof typeof QTI_SCHEMAS, documents: Record<string, string>): Promise<XsdReport> {
  const all = schemas()
  const schema = all.find((file) => file.fileName === QTI_SCHEMAS[kind])!
  // xmllint keeps the files in a flat in-memory file system: name each by its index.
  const names = Object.keys(documents)
  const fileName = (i: number) => `doc-${i}.xml`
  const result = await validateXML({
    xml: names.map((name, i) => ({ fileName: fileName(i), contents: documents[name]! })),
    schema,
    preload: all.filter((file) => file !== schema),
    // The ASI schema is 7 MB: room for it beyond the default 16 MiB.
    initialMemoryPages: 2048,
    maxMemoryPages: 16384,
  })
  const output = result.rawOutput
  if (/Schemas parser (error|warning)|failed to load|failed to compile/i.test(output)) {
    throw new Error(`the ${kind} schema did not load:\n${output.slice(0, 2000)}`)
  }
  const report: XsdReport = {}
  names.forEach((name, i) => {
    const verdict = new RegExp(`^${fileName(i)} (validates|fails to validate)$`, 'm').exec(output)
    if (!verdict) throw new Error(`xmllint gave no verdict on ${name}:\n${output.slice(0, 2000)}`)
    report[name] = result.errors
      .filter((error) => error.loc?.fileName === fileName(i))
      .map((error) => `line ${error.loc!.lineNumber}: ${error.message.replace(/\{http:\/\/www\.imsglobal\.org\/xsd\/imsqtiasi_v3p0\}/g, '')}`)
    if (verdict[1] === 'fails to validate' && report[name]!.length === 0) report[name] = [`fails to validate: ${output.slice(0, 500)}`]
  })
  return report
}
