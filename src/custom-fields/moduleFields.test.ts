import { describe, expect, it } from 'vitest'
import { tasksModule } from '../modules/tasksModule'
import type { CustomFieldRow } from './customFieldRow'
import { moduleFields, validateCustomValues } from './moduleFields'

const row = (overrides: Partial<CustomFieldRow>): CustomFieldRow => ({
  id: `cf-${overrides.name}`,
  workspace_id: 'w',
  module: 'project_tasks',
  name: 'x',
  label: 'X',
  field_type: 'text',
  options: [],
  config: {},
  is_required: false,
  default_value: null,
  position: null,
  ...overrides,
})

const rows: CustomFieldRow[] = [
  row({ name: 'crew_call', label: 'Crew call', field_type: 'checkbox', position: 'a1' }),
  row({
    name: 'department',
    label: 'Department',
    field_type: 'single_select',
    position: 'a0',
    options: [{ value: 'sound', label: 'Sound', color: 'purple' }],
  }),
  row({ name: 'venue_notes', label: 'Venue notes', field_type: 'long_text' }),
  row({ name: 'budget', label: 'Budget', field_type: 'currency', module: 'productions' }),
  row({ name: 'formula', label: 'Formula', field_type: 'formula', position: 'a2' }),
  row({ name: 'status', label: 'Shadow', field_type: 'text', position: 'a3' }),
  row({ name: 'effort', label: 'Effort', field_type: 'rating', config: { max: 'lots' }, position: 'a4' }),
]

describe('moduleFields', () => {
  const fields = moduleFields(tasksModule, rows)
  const custom = fields.filter((f) => f.source === 'custom')

  it('puts the built-in fields first, then this module’s custom fields by position, unplaced last', () => {
    expect(fields.slice(0, tasksModule.fields.length)).toEqual(tasksModule.fields)
    expect(custom.map((f) => f.key)).toEqual(['department', 'crew_call', 'effort', 'venue_notes'])
  })

  it('skips unknown types and keys that shadow a built-in column, rather than breaking the module', () => {
    expect(custom.some((f) => f.key === 'formula' || f.label === 'Shadow')).toBe(false)
  })

  it('builds the type’s config from the row, select options included; an unreadable config falls back to defaults', () => {
    expect(custom[0]).toMatchObject({
      key: 'department',
      type: 'single_select',
      source: 'custom',
      customFieldId: 'cf-department',
      config: { options: [{ value: 'sound', label: 'Sound', color: 'purple' }] },
    })
    expect(custom.find((f) => f.key === 'effort')!.config).toEqual({ max: 5 })
  })
})

describe('validateCustomValues', () => {
  const fields = moduleFields(tasksModule, [
    ...rows,
    row({ name: 'call_time', label: 'Call time', field_type: 'date_time' }),
    row({ name: 'budget_code', label: 'Budget code', is_required: true }),
  ])

  it('explains each problem in the words the database uses', () => {
    const result = validateCustomValues({ department: 'catering', crew_call: 'yes', budget_code: 'B1' }, fields)
    expect(result.ok).toBe(false)
    expect(result.errors).toEqual([
      { field: 'department', label: 'Department', message: 'Department: "catering" is not one of the options' },
      { field: 'crew_call', label: 'Crew call', message: 'Crew call: expected a checkbox value' },
    ])
  })

  it('requires required fields on insert, and on update only when someone clears them', () => {
    expect(validateCustomValues({}, fields).errors.map((e) => e.message)).toEqual(['Budget code is required'])
    expect(validateCustomValues({}, fields, { mode: 'update', previous: {} }).ok).toBe(true)
    expect(validateCustomValues({ budget_code: '' }, fields, { mode: 'update', previous: { budget_code: 'B1' } }).ok).toBe(false)
  })

  it('normalizes like the database: empty values removed, date-times in UTC, unknown keys kept', () => {
    const result = validateCustomValues(
      { budget_code: 'B1', department: null, venue_notes: '', call_time: '2026-03-14T19:30:00+01:00', legacy: 1 },
      fields,
    )
    expect(result).toEqual({ ok: true, errors: [], values: { budget_code: 'B1', call_time: '2026-03-14T18:30:00.000Z', legacy: 1 } })
  })

  it('does not check values an update leaves as they were (a deleted option stays writable)', () => {
    const previous = { budget_code: 'B1', department: 'lighting' }
    expect(validateCustomValues({ ...previous, crew_call: true }, fields, { mode: 'update', previous }).ok).toBe(true)
  })
})
