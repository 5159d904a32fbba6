import { describe, expect, it } from 'vitest'
import { multiSelectFieldType } from '../multi_select/multiSelectFieldType'
import { fieldOf, operatorOf } from '../shared/testing'
import { singleSelectFieldType } from './singleSelectFieldType'

const config = {
  options: [
    { value: 'todo', label: 'To do', color: 'gray' },
    { value: 'in_progress', label: 'In progress', color: 'blue' },
    { value: 'done', label: 'Done', color: 'green' },
  ],
}

describe('single select', () => {
  it('reads an option by label or value, case-insensitively, and refuses others', () => {
    expect(singleSelectFieldType.parse('in progress', config)).toEqual({ ok: true, value: 'in_progress' })
    expect(singleSelectFieldType.parse('DONE', config)).toEqual({ ok: true, value: 'done' })
    expect(singleSelectFieldType.parse('Blocked', config)).toMatchObject({ ok: false, error: '"Blocked" is not one of the options' })
    expect(singleSelectFieldType.valueSchema(config).safeParse('blocked').error?.issues[0]?.message).toBe('"blocked" is not one of the options')
  })

  it('shows the label, or the stored value of a deleted option', () => {
    expect(singleSelectFieldType.format('in_progress', config)).toBe('In progress')
    expect(singleSelectFieldType.format('blocked', config)).toBe('blocked')
  })

  it('"is any of" compiles to in.(), "is none of" keeps records without a value', () => {
    const custom = fieldOf(singleSelectFieldType, { key: 'department', source: 'custom', config })
    expect(operatorOf(singleSelectFieldType, 'any_of', ['todo', 'done', 'todo'], custom)!.compiled).toEqual({
      path: 'custom_fields->>department',
      op: 'in',
      value: ['todo', 'done'],
    })
    const noneOf = operatorOf(singleSelectFieldType, 'none_of', ['done'], fieldOf(singleSelectFieldType, { config }))!
    expect([null, 'todo', 'done'].map(noneOf.matches)).toEqual([true, true, false])
    expect(operatorOf(singleSelectFieldType, 'any_of', [])).toBeUndefined()
  })

  it('groups in option order and moves a record by setting the option', () => {
    expect(singleSelectFieldType.groupOptions!(config).map((g) => g.key)).toEqual(['todo', 'in_progress', 'done'])
    expect(singleSelectFieldType.groupOptions!(config)[2]).toEqual({ key: 'done', label: 'Done', color: 'green' })
    expect(singleSelectFieldType.valueForGroup!('done', config, 'todo')).toBe('done')
    expect(singleSelectFieldType.valueForGroup!('', config, 'todo')).toBeNull()
  })
})

describe('multi select', () => {
  it('reads a list of labels and refuses unknown ones', () => {
    expect(multiSelectFieldType.parse('Done; to do, Done', config)).toEqual({ ok: true, value: ['done', 'todo'] })
    expect(multiSelectFieldType.parse('Done, Blocked', config)).toMatchObject({ ok: false, error: '"Blocked" is not one of the options' })
  })

  it('tests membership with jsonb containment on custom values', () => {
    const custom = fieldOf(multiSelectFieldType, { key: 'tags', source: 'custom', config })
    expect(operatorOf(multiSelectFieldType, 'has_all', ['todo', 'done'], custom)!.compiled).toEqual({
      path: 'custom_fields->tags',
      op: 'cs',
      value: '["todo","done"]',
    })
    const hasAny = operatorOf(multiSelectFieldType, 'has_any', ['todo', 'done'], custom)!
    expect([['todo'], ['in_progress'], null].map(hasAny.matches)).toEqual([true, false, false])
    const hasNone = operatorOf(multiSelectFieldType, 'has_none', ['todo'], custom)!
    expect([['todo'], ['done'], null].map(hasNone.matches)).toEqual([false, true, true])
  })

  it('sorts like jsonb arrays: shorter first, then item by item', () => {
    const lists = [['b'], ['a', 'c'], ['a', 'b'], []]
    expect(lists.sort((a, b) => multiSelectFieldType.compare(a, b, config))).toEqual([[], ['b'], ['a', 'b'], ['a', 'c']])
  })

  it('belongs to the group of each option, and moving between groups swaps one option', () => {
    expect(multiSelectFieldType.groupKeys!(['todo', 'done'], config)).toEqual(['todo', 'done'])
    expect(multiSelectFieldType.valueForGroup!('in_progress', config, ['todo', 'done'], 'todo')).toEqual(['done', 'in_progress'])
    expect(multiSelectFieldType.valueForGroup!('', config, ['todo'], 'todo')).toBeNull()
  })
})
