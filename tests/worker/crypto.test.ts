import { env } from 'cloudflare:test'
import { describe, expect, it } from 'vitest'
import { base64url, constantTimeEqual, hashKey, newSecretKey, sha256Hex } from '../../src/worker/crypto.ts'
import { createClass } from '../../src/worker/db/classes.ts'
import { FRESH_CODE_TRIES, insertWithFreshCode, newId } from '../../src/worker/db/ids.ts'

describe('crypto helpers', () => {
  it('encodes base64url without padding, + or /', () => {
    expect(base64url(new Uint8Array([]))).toBe('')
    expect(base64url(new Uint8Array([0xfb, 0xff]))).toBe('-_8')
    expect(base64url(new TextEncoder().encode('fahm'))).toBe('ZmFobQ')
  })

  it('hashes SHA-256 as hex and keys as base64url (known vectors)', async () => {
    expect(await sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad')
    expect(await hashKey('abc')).toBe('ungWv48Bz-pBQUDeXa4iI7ADYaOWF3qctBD_YfIAFa0')
  })

  it('draws 256-bit secret keys, never the same twice', () => {
    const keys = new Set(Array.from({ length: 50 }, newSecretKey))
    expect(keys.size).toBe(50)
    for (const key of keys) expect(key).toMatch(/^[A-Za-z0-9_-]{43}$/)
    expect(newId('cls')).toMatch(/^cls_[A-Za-z0-9_-]{22}$/)
  })

  it('compares strings exactly', () => {
    expect(constantTimeEqual('same', 'same')).toBe(true)
    expect(constantTimeEqual('same', 'sane')).toBe(false)
    expect(constantTimeEqual('same', 'same ')).toBe(false)
    expect(constantTimeEqual('', '')).toBe(true)
    expect(constantTimeEqual('é', 'e\u0301')).toBe(false)
  })
})

describe('insertWithFreshCode', () => {
  it('draws a new code after each UNIQUE collision, longer after every third, in real D1', async () => {
    const taken = await createClass(env.DB, { name: 'collide', teacherKeyHash: await hashKey(newSecretKey()) })
    const lengths: number[] = []
    // The first four draws collide with a taken code; the fifth is new.
    let calls = 0
    const draw = (length: number) => {
      lengths.push(length)
      return ++calls < 5
        ? taken.joinCode
        : `Z${crypto
            .randomUUID()
            .slice(0, length - 1)
            .toUpperCase()}`
    }
    const row = await insertWithFreshCode(async (code) => {
      await env.DB.prepare('INSERT INTO classes (id, name, teacher_key_hash, join_code, created_at) VALUES (?, ?, ?, ?, ?)')
        .bind(newId('cls'), null, `hash-${calls}-${Math.random()}`, code, new Date().toISOString())
        .run()
      return { code }
    }, draw)
    expect(lengths).toEqual([6, 6, 6, 7, 7])
    expect(row.code).not.toBe(taken.joinCode)
    expect(await env.DB.prepare('SELECT count(*) AS n FROM classes WHERE join_code = ?').bind(row.code).first('n')).toBe(1)
  })

  it('gives up after its last try, and never retries other errors', async () => {
    let tries = 0
    const collide = () => {
      tries++
      throw new Error('D1_ERROR: UNIQUE constraint failed: classes.join_code: SQLITE_CONSTRAINT')
    }
    await expect(insertWithFreshCode(async () => collide())).rejects.toThrow(/UNIQUE/)
    expect(tries).toBe(FRESH_CODE_TRIES)
    tries = 0
    await expect(
      insertWithFreshCode(async () => {
        tries++
        throw new Error('D1_ERROR: no such table')
      }),
    ).rejects.toThrow(/no such table/)
    expect(tries).toBe(1)
  })
})
