/**
 * The Worker's small cryptographic helpers, on Web Crypto: encodings, digests, secrets and their
 * comparison. Routes and middleware import them from here; nothing else reimplements them.
 */

const encoder = new TextEncoder()

/** Bytes as unpadded base64url (RFC 4648 §5): URL- and header-safe. */
export function base64url(bytes: Uint8Array): string {
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')
}

/** `count` cryptographically random bytes. */
export function randomBytes(count: number): Uint8Array {
  return crypto.getRandomValues(new Uint8Array(count))
}

/** SHA-256 of a UTF-8 text, as raw bytes. */
export async function sha256Bytes(text: string): Promise<Uint8Array> {
  return new Uint8Array(await crypto.subtle.digest('SHA-256', encoder.encode(text)))
}

/** SHA-256 of a UTF-8 text, as 64 lowercase hex digits. */
export async function sha256Hex(text: string): Promise<string> {
  return [...(await sha256Bytes(text))].map((byte) => byte.toString(16).padStart(2, '0')).join('')
}

/** 32 random bytes, base64url: a secret a person keeps (a teacher key). */
export function newSecretKey(): string {
  return base64url(randomBytes(32))
}

/** SHA-256 of a secret key, base64url: what the database keeps instead of the key. */
export async function hashKey(key: string): Promise<string> {
  return base64url(await sha256Bytes(key))
}

/**
 * Compares two strings in time independent of where they differ. Lengths are not hidden: compare
 * hashes (see {@link hashKey}) when the length of a secret must not show.
 */
export function constantTimeEqual(a: string, b: string): boolean {
  const left = encoder.encode(a)
  const right = encoder.encode(b)
  if (left.byteLength !== right.byteLength) return false
  // workerd's extension of SubtleCrypto; the DOM lib's type does not declare it.
  return (crypto.subtle as SubtleCrypto & { timingSafeEqual(a: Uint8Array, b: Uint8Array): boolean }).timingSafeEqual(left, right)
}
