import { describe, expect, it } from 'vitest'
import { getFieldType } from '../../../custom-fields/registry'
import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import type { FilterContext } from '../../../custom-fields/FieldType'
import { dateChoiceModes, dateChoiceOf, modeFits, operandOfChoice, relativeSupport, type DateChoiceMode } from './relativeDateChoice'

const context: FilterContext = { today: '2026-11-23', now: '2026-11-23T12:00:00.000Z', timeZone: 'Europe/London', userId: null }
const field = (type: string): FieldDefinition => ({ key: 'due', label: 'Due', type, config: getFieldType(type)!.defaultConfig, source: 'column', required: false, readOnly: false })
const operator = (type: string, id: string) => getFieldType(type)!.operators.find((candidate) => candidate.id === id)!

describe('relative date choices', () => {
  it('offers relative days for day comparisons, "now" only where an instant is compared, nothing for counts', () => {
    expect(dateChoiceModes(relativeSupport(operator('date', 'before'), field('date'), context))).toEqual(['exact', 'today', 'yesterday', 'tomorrow', 'days_ago', 'days_from_now'])
    expect(dateChoiceModes(relativeSupport(operator('date_time', 'after'), field('date_time'), context))).toContain('now')
    expect(dateChoiceModes(relativeSupport(operator('date_time', 'on_day'), field('date_time'), context))).not.toContain('now')
    expect(relativeSupport(operator('date', 'within_past_days'), field('date'), context)).toEqual({ today: false, now: false })
    expect(relativeSupport(operator('text', 'eq'), field('text'), context)).toEqual({ today: false, now: false })
  })

  it('every choice is stored as an operand the operators resolve, and reads back as the same choice', () => {
    const modes: DateChoiceMode[] = ['today', 'yesterday', 'tomorrow', 'days_ago', 'days_from_now']
    for (const mode of modes) {
      const stored = operandOfChoice({ mode, days: 3 })
      expect(operator('date', 'eq').operand?.(stored, {}, context)).toBeDefined()
      expect(dateChoiceOf(stored).mode).toBe(mode)
    }
    expect(operandOfChoice({ mode: 'days_ago', days: 3 })).toEqual({ relative: 'today', days: -3 })
    expect(operator('date', 'eq').operand?.(operandOfChoice({ mode: 'days_ago', days: 3 }), {}, context)).toBe('2026-11-20')
    expect(operator('date_time', 'before').operand?.(operandOfChoice({ mode: 'now', days: 0 }), {}, context)).toBe('2026-11-23T12:00:00.000Z')
    expect(dateChoiceOf('2026-01-02')).toEqual({ mode: 'exact', days: 7 })
  })

  it('a picked mode holds while its count is typed, even when the value also reads as another mode', () => {
    expect(modeFits('days_ago', { relative: 'today', days: -1 })).toBe(true)
    expect(modeFits('days_ago', undefined)).toBe(true)
    expect(modeFits('days_ago', { relative: 'today', days: 2 })).toBe(false)
    expect(modeFits('exact', '2026-01-02')).toBe(true)
    expect(modeFits('exact', { relative: 'today', days: 0 })).toBe(false)
    expect(modeFits('today', { relative: 'today', days: 0 })).toBe(true)
  })
})
