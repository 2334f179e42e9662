/** Random, URL-safe ids with a readable prefix (`cls_…`, `asg_…`, `att_…`), 16 random bytes each. */
export function newId(prefix: string): string {
  const bytes = crypto.getRandomValues(new Uint8Array(16))
  let binary = ''
  for (const byte of bytes) binary += String.fromCharCode(byte)
  return `${prefix}_${btoa(binary).replaceAll('+', '-').replaceAll('/', '_').replace(/=+$/, '')}`
}

/** True when a D1 error is a UNIQUE constraint violation (a code collision worth retrying). */
export function isUniqueViolation(err: unknown): boolean {
  return err instanceof Error && /UNIQUE constraint failed/i.test(err.message)
}
