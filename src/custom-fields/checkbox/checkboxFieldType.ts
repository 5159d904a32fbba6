import { z } from 'zod'
import { fieldPath, type FieldDefinition } from '../FieldDefinition'
import type { FieldType, FilterOperator, ParseResult } from '../FieldType'
import { cond, orNull } from '../shared/conditions'
import { CheckboxCell } from './CheckboxCell'
import { CheckboxEditor } from './CheckboxEditor'

export const checkboxConfigSchema = z.object({})
export type CheckboxConfig = z.infer<typeof checkboxConfigSchema>

const TRUE = new Set(['true', 'yes', 'y', '1', 'x', '✓', '✔', 'checked', 'on'])
const FALSE = new Set(['false', 'no', 'n', '0', 'unchecked', 'off'])

export function parseCheckbox(text: string): ParseResult<boolean> {
  const t = text.trim().toLowerCase()
  if (t === '') return { ok: true, value: null }
  if (TRUE.has(t)) return { ok: true, value: true }
  if (FALSE.has(t)) return { ok: true, value: false }
  return { ok: false, value: null, error: `"${text.trim()}" is not yes or no` }
}

// A custom boolean is read as typed jsonb (`custom_fields->flag`), where `eq.true` compares jsonb true.
const path = (field: FieldDefinition) => fieldPath(field, false)

// No value is unchecked: "is not checked" keeps the records that never had one.
const isChecked: FilterOperator<boolean, CheckboxConfig, undefined> = {
  id: 'is_checked',
  label: 'is checked',
  arity: 0,
  match: (value) => value === true,
  compile: (field) => cond(path(field), 'eq', 'true'),
}

const isNotChecked: FilterOperator<boolean, CheckboxConfig, undefined> = {
  id: 'is_not_checked',
  label: 'is not checked',
  arity: 0,
  match: (value) => value !== true,
  compile: (field) => orNull(path(field), cond(path(field), 'neq', 'true')),
}

/** Yes or no. No value counts as unchecked everywhere: filters, groups, the cell. */
export const checkboxFieldType: FieldType<boolean, CheckboxConfig> = {
  id: 'checkbox',
  label: 'Checkbox',
  configSchema: checkboxConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.boolean(),
  jsonAccess: 'json',
  parse: parseCheckbox,
  format: (value) => (value === true ? 'Yes' : value === false ? 'No' : ''),
  compare: (a, b) => Number(a) - Number(b),
  sortKey: (value) => Number(value),
  operators: [isChecked, isNotChecked],
  groupKeys: (value) => [value === true ? 'true' : 'false'],
  groupOptions: () => [
    { key: 'false', label: 'Unchecked' },
    { key: 'true', label: 'Checked' },
  ],
  valueForGroup: (key) => key === 'true',
  Cell: CheckboxCell,
  Editor: CheckboxEditor,
}
