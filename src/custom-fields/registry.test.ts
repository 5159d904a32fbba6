import { describe, expect, it } from 'vitest'
import { customFieldTypeIds, fieldTypes, getFieldType } from './registry'

describe('the field type registry', () => {
  it('offers the sixteen custom field types, plus the built-in relation', () => {
    expect([...customFieldTypeIds].sort()).toEqual(
      [
        'checkbox', 'currency', 'date', 'date_time', 'duration', 'email', 'long_text', 'multi_select', 'number',
        'percent', 'person', 'phone', 'rating', 'single_select', 'text', 'url',
      ].sort(),
    )
    expect(getFieldType('relation')?.id).toBe('relation')
  })

  it('finds a type by id and nothing for unknown ids or inherited keys', () => {
    expect(getFieldType('single_select')?.label).toBe('Single select')
    expect(getFieldType('formula')).toBeUndefined()
    expect(getFieldType('toString')).toBeUndefined()
  })

  for (const [id, type] of Object.entries(fieldTypes)) {
    describe(id, () => {
      it('is registered under its own id, and its default config is a valid config', () => {
        expect(type.id).toBe(id)
        expect(type.configSchema.parse(type.defaultConfig)).toEqual(type.defaultConfig)
      })

      it('has uniquely named operators, with an operand reader exactly when they take an operand', () => {
        const ids = type.operators.map((op) => op.id)
        expect(new Set(ids).size).toBe(ids.length)
        for (const op of type.operators) expect(op.operand === undefined, `${id}.${op.id}`).toBe(op.arity === 0)
      })

      it('treats empty text as "no value" when parsing', () => {
        expect(type.parse('', type.defaultConfig)).toEqual({ ok: true, value: null })
        expect(type.format(null, type.defaultConfig)).toBe('')
      })

      it('can be emptied and checked: an "is empty" style operator exists', () => {
        expect(type.operators.some((op) => op.arity === 0)).toBe(true)
      })
    })
  }
})
