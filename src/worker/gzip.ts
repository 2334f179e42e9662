/**
 * Text the build bundles gzipped, in base64 (the OpenAPI document, the catalog's files): workerd reads
 * every byte of a bundle at every start, strings too, and these are needed by few requests. The build
 * writes them with Node's `gzipSync(text).toString('base64')`.
 */

/** The text `base64` holds, gzipped. */
export async function gunzipBase64(base64: string): Promise<string> {
  const gzipped = Uint8Array.from(atob(base64), (char) => char.charCodeAt(0))
  return new Response(new Blob([gzipped]).stream().pipeThrough(new DecompressionStream('gzip'))).text()
}
