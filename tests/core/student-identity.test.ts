import { describe, expect, it } from 'vitest'
import { foldName, identityKey, isPersonalCode } from '../../src/core/student-identity.ts'

describe('identityKey', () => {
  it('counts a roster student by id, whatever name they had', () => {
    expect(identityKey({ kind: 'roster', studentId: 'stu_1', name: 'Sara' })).toBe(identityKey({ kind: 'roster', studentId: 'stu_1', name: 'Renamed' }))
    expect(identityKey({ kind: 'roster', studentId: 'stu_1', name: 'Sara' })).not.toBe(identityKey({ kind: 'roster', studentId: 'stu_2', name: 'Sara' }))
  })

  it('counts a free name per device, with the name folded', () => {
    const on = (deviceHash: string, name: string) => identityKey({ kind: 'device', deviceHash, name })
    expect(on('d1', 'Sara  Ali')).toBe(on('d1', 'sara ali'))
    expect(on('d1', 'أحمد')).toBe(on('d1', 'احمد'))
    expect(on('d1', 'Sara')).not.toBe(on('d2', 'Sara'))
    expect(on('d1', 'Sara')).not.toBe(on('d1', 'Sarah'))
    // A device key never equals a bare name's or a roster student's.
    expect(on('d1', 'sara')).not.toBe(identityKey({ kind: 'name', name: 'sara' }))
    expect(identityKey({ kind: 'name', name: 'roster:stu_1' })).not.toBe(identityKey({ kind: 'roster', studentId: 'stu_1', name: 'x' }))
  })

  it('keeps names of punctuation only apart', () => {
    expect(foldName('???')).not.toBe(foldName('!!!'))
  })
})

describe('isPersonalCode', () => {
  it.each([
    ['K7MX3QPA', true],
    ['K7MX3QP', false],
    ['K7MX3QPAA', false],
    ['K7MX3QP0', false],
    ['k7mx3qpa', false],
  ])('%s → %s', (code, ok) => expect(isPersonalCode(code)).toBe(ok))
})
