import { describe, expect, it } from 'vitest'
import { tasksModule } from '../modules/tasksModule'
import { CustomFieldError, customFieldChanges, customFieldNameFromLabel, newCustomFieldRow } from './customFieldsApi'

describe('customFieldNameFromLabel', () => {
  it('makes a snake_case key that starts with a letter and is not taken', () => {
    expect(customFieldNameFromLabel('Box office target', new Set())).toBe('box_office_target')
    expect(customFieldNameFromLabel('Crew Call — Début!', new Set())).toBe('crew_call_debut')
    expect(customFieldNameFromLabel('2nd unit', new Set())).toBe('field_2nd_unit')
    expect(customFieldNameFromLabel('日本語', new Set())).toBe('field')
    expect(customFieldNameFromLabel('Status', new Set(['status', 'status_2']))).toBe('status_3')
  })
})

describe('newCustomFieldRow', () => {
  const existing = [
    { name: 'department', position: 'a0' },
    { name: 'requires_crew_call', position: 'a1' },
  ]

  it('places the field after the others, stores select options apart from the rest of the config', () => {
    const row = newCustomFieldRow(
      {
        workspaceId: 'w',
        module: tasksModule,
        label: ' Venue zone ',
        type: 'single_select',
        config: { options: [{ value: 'fly', label: 'Fly floor' }] },
      },
      existing,
    )
    expect(row).toEqual({
      workspace_id: 'w',
      module: 'project_tasks',
      name: 'venue_zone',
      label: 'Venue zone',
      field_type: 'single_select',
      options: [{ value: 'fly', label: 'Fly floor' }],
      config: {},
      is_required: false,
      default_value: null,
      position: 'a2',
    })
  })

  it('never takes a built-in column’s name, and refuses unknown types, bad settings and bad defaults', () => {
    const input = { workspaceId: 'w', module: tasksModule, label: 'Status', type: 'text' }
    expect(newCustomFieldRow(input, existing).name).toBe('status_2')
    expect(() => newCustomFieldRow({ ...input, name: 'status' }, existing)).toThrow('already used')
    expect(() => newCustomFieldRow({ ...input, type: 'relation' }, existing)).toThrow(CustomFieldError)
    expect(() => newCustomFieldRow({ ...input, type: 'rating', config: { max: 50 } }, existing)).toThrow(/Invalid rating settings/)
    expect(() => newCustomFieldRow({ ...input, type: 'checkbox', defaultValue: 'no' }, existing)).toThrow(/Invalid default value/)
    expect(() => newCustomFieldRow({ ...input, label: '  ' }, existing)).toThrow('A field needs a name')
  })
})

describe('customFieldChanges', () => {
  it('checks new settings against the field’s type and splits select options out', () => {
    const row = { field_type: 'multi_select', config: {}, options: [{ value: 'a', label: 'A' }] }
    expect(customFieldChanges(row, { config: { options: [{ value: 'b', label: 'B' }] }, required: true })).toEqual({
      options: [{ value: 'b', label: 'B' }],
      config: {},
      is_required: true,
    })
    expect(customFieldChanges(row, { defaultValue: ['a'] })).toEqual({ default_value: ['a'] })
    expect(() => customFieldChanges(row, { defaultValue: ['z'] })).toThrow(/not one of the options/)
  })
})
