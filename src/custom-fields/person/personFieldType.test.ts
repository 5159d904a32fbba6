import { describe, expect, it } from 'vitest'
import { operatorOf, testContext } from '../shared/testing'
import { personFieldType } from './personFieldType'

const bob = '22222222-2222-4222-8222-222222222222'
const alice = '11111111-1111-4111-8111-111111111111'

describe('person', () => {
  it('"me" is the signed-in user when the query runs', () => {
    const me = operatorOf(personFieldType, 'eq', 'me')!
    expect(me.compiled).toEqual({ path: 'probe', op: 'eq', value: bob })
    expect([bob, alice, null].map(me.matches)).toEqual([true, false, false])
    expect(operatorOf(personFieldType, 'eq', 'me', undefined, { ...testContext, userId: null })).toBeUndefined()
  })

  it('compares ids case-insensitively, as uuid does, and ignores operands that are not ids', () => {
    expect(operatorOf(personFieldType, 'eq', bob.toUpperCase())!.matches(bob)).toBe(true)
    expect(operatorOf(personFieldType, 'any_of', ['me', 'nobody', alice])!.compiled).toEqual({ path: 'probe', op: 'in', value: [bob, alice] })
    expect(operatorOf(personFieldType, 'eq', 'Bob Okafor')).toBeUndefined()
  })

  it('groups by person', () => {
    expect(personFieldType.groupKeys!(bob, {})).toEqual([bob])
    expect(personFieldType.groupKeys!(null, {})).toEqual([])
  })
})
