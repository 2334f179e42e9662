// The only globals src/core may use beyond ECMAScript: the web APIs that Node, workerd and every
// browser share (WinterTC's minimum common API), reduced to what the core calls. Checked by
// tsconfig.core.json, which gives src/core no DOM, Workers or Node types: anything else is a compile
// error there. Add a member here only when all three runtimes have it.

declare class URLSearchParams {
  constructor(init?: string | Record<string, string>)
  get(name: string): string | null
  set(name: string, value: string): void
  toString(): string
}

declare class URL {
  constructor(url: string, base?: string | URL)
  readonly href: string
  readonly origin: string
  readonly pathname: string
  readonly searchParams: URLSearchParams
}

declare class TextEncoder {
  encode(input?: string): Uint8Array<ArrayBuffer>
}

declare var crypto: {
  getRandomValues<T extends Uint8Array>(array: T): T
  readonly subtle: {
    digest(algorithm: 'SHA-256', data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>
    importKey(
      format: 'raw',
      keyData: Uint8Array<ArrayBuffer>,
      algorithm: { name: 'HMAC'; hash: 'SHA-256' },
      extractable: false,
      usages: ['sign'],
    ): Promise<CryptoKey>
    sign(algorithm: 'HMAC', key: CryptoKey, data: Uint8Array<ArrayBuffer>): Promise<ArrayBuffer>
  }
}

/** An opaque key of Web Crypto (here only an HMAC-SHA-256 signing key). */
interface CryptoKey {
  readonly type: string
}
