import { describe, expect, it } from 'vitest'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import type { ViewGroup } from '../store/ViewStore'
import { holdsWorkspaceMembers, withMemberColumns } from './memberColumns'

const field = (type: string): FieldDefinition => ({ key: 'f', label: 'Owner', type, config: getFieldType(type)!.defaultConfig, source: 'column', required: false, readOnly: false })
const ALICE = 'aaaaaaaa-0000-4000-8000-000000000001'
const BOB = 'bbbbbbbb-0000-4000-8000-000000000002'
const GONE = 'cccccccc-0000-4000-8000-000000000003'

describe('board columns for people', () => {
  it('a person field holds members; relations, selects and text do not', () => {
    expect(holdsWorkspaceMembers(field('person'), getFieldType('person'))).toBe(true)
    for (const type of ['relation', 'single_select', 'text', 'multi_select']) expect(holdsWorkspaceMembers(field(type), getFieldType(type))).toBe(false)
  })

  it('every member gets a column, in the directory’s order, before former members and "no value"', () => {
    const groups: ViewGroup[] = [
      { key: BOB, label: 'Bob', count: 2, collapsed: false },
      { key: GONE, label: GONE, count: 1, collapsed: false },
      { key: '', label: 'No owner', count: 3, collapsed: true },
    ]
    const members = [
      { id: ALICE.toUpperCase(), name: 'Alice' },
      { id: BOB, name: 'Bob' },
    ]
    const columns = withMemberColumns(groups, members, field('person'), getFieldType('person')!, (key) => key === ALICE)
    expect(columns).toEqual([
      { key: ALICE, label: 'Alice', count: 0, collapsed: true },
      { key: BOB, label: 'Bob', count: 2, collapsed: false },
      { key: GONE, label: GONE, count: 1, collapsed: false },
      { key: '', label: 'No owner', count: 3, collapsed: true },
    ])
  })
})
