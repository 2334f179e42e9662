/** A TCP port on 127.0.0.1 that nothing listens on right now. */
export function freePort(): Promise<number>

export type LocalServer = {
  /** `http://127.0.0.1:PORT` */
  url: string
  /** The local D1 directory the server uses. */
  persistTo: string
  /** Ends the server's process group; removes the D1 directory when it was a temporary one. */
  stop: () => Promise<void>
}

/** See scripts/local-server.mjs. */
export function startLocalServer(options?: {
  persistTo?: string
  port?: number
  timeoutMs?: number
  vars?: Record<string, string>
  envFile?: string
}): Promise<LocalServer>
