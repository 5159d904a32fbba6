import { describe, expect, it } from 'vitest'
import { fieldOf, operatorOf } from '../shared/testing'
import { checkboxFieldType } from './checkboxFieldType'

describe('checkbox', () => {
  it('reads yes/no words', () => {
    expect(['yes', 'TRUE', '✓', 'no', '0'].map((t) => checkboxFieldType.parse(t, {}).value)).toEqual([true, true, true, false, false])
    expect(checkboxFieldType.parse('maybe', {})).toMatchObject({ ok: false })
  })

  it('treats no value as unchecked in filters and groups', () => {
    const notChecked = operatorOf(checkboxFieldType, 'is_not_checked')!
    expect([true, false, null].map(notChecked.matches)).toEqual([false, true, true])
    expect(checkboxFieldType.groupKeys!(null, {})).toEqual(['false'])
    const custom = fieldOf(checkboxFieldType, { key: 'requires_crew_call', source: 'custom' })
    expect(operatorOf(checkboxFieldType, 'is_checked', undefined, custom)!.compiled).toEqual({
      path: 'custom_fields->requires_crew_call',
      op: 'eq',
      value: 'true',
    })
  })
})
