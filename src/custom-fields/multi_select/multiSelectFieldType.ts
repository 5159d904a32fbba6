import { z } from 'zod'
import { fieldPath, type FieldDefinition } from '../FieldDefinition'
import type { CompiledCondition, FieldType, FilterContext, FilterOperator, ParseResult } from '../FieldType'
import { allOf, anyOf, cond, isNotNull, isNull, orNull } from '../shared/conditions'
import { findOption, selectConfigSchema, type SelectConfig } from '../shared/selectOption'
import { compareCodePoints } from '../shared/text'
import { MultiSelectCell } from './MultiSelectCell'
import { MultiSelectEditor } from './MultiSelectEditor'

export type MultiSelectConfig = SelectConfig

type MultiOperator = FilterOperator<string[], MultiSelectConfig, string[]>

const asList = (value: unknown): string[] => (Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [])

function listOperand(raw: unknown, _config: MultiSelectConfig, _context: FilterContext): string[] | undefined {
  const values = [...new Set(asList(raw).filter((v) => v !== ''))]
  return values.length > 0 ? values : undefined
}

// Custom values are jsonb arrays (`custom_fields->tags`), tested with jsonb containment `@>` (PostgREST `cs`); a
// column would be a Postgres text[] with its own array literal.
const path = (field: FieldDefinition) => fieldPath(field, false)
const contains = (field: FieldDefinition, values: string[]): CompiledCondition =>
  cond(path(field), 'cs', field.source === 'custom' ? JSON.stringify(values) : pgArray(values))
const lacks = (field: FieldDefinition, value: string): CompiledCondition =>
  cond(path(field), 'not.cs', field.source === 'custom' ? JSON.stringify([value]) : pgArray([value]))

function pgArray(values: string[]): string {
  return `{${values.map((v) => `"${v.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`).join(',')}}`
}

const hasAny: MultiOperator = {
  id: 'has_any',
  label: 'has any of',
  arity: 'many',
  operand: listOperand,
  match: (value, operand) => asList(value).some((v) => operand.includes(v)),
  compile: (field, operand) => anyOf(...operand.map((v) => contains(field, [v]))),
}

const hasAll: MultiOperator = {
  id: 'has_all',
  label: 'has all of',
  arity: 'many',
  operand: listOperand,
  match: (value, operand) => operand.every((v) => asList(value).includes(v)),
  compile: (field, operand) => contains(field, operand),
}

const hasNone: MultiOperator = {
  id: 'has_none',
  label: 'has none of',
  arity: 'many',
  operand: listOperand,
  match: (value, operand) => !asList(value).some((v) => operand.includes(v)),
  compile: (field, operand) => orNull(path(field), allOf(...operand.map((v) => lacks(field, v)))),
}

const isEmpty: MultiOperator = {
  id: 'is_empty',
  label: 'is empty',
  arity: 0,
  match: (value) => asList(value).length === 0,
  compile: (field) => anyOf(isNull(path(field)), cond(path(field), 'eq', field.source === 'custom' ? '[]' : '{}')),
}

const isNotEmpty: MultiOperator = {
  id: 'is_not_empty',
  label: 'is not empty',
  arity: 0,
  match: (value) => asList(value).length > 0,
  compile: (field) => allOf(isNotNull(path(field)), cond(path(field), 'neq', field.source === 'custom' ? '[]' : '{}')),
}

/** "Lighting, Sound" or "lighting; sound": every part must be an option. */
export function parseMultiSelect(text: string, config: SelectConfig): ParseResult<string[]> {
  const parts = text
    .split(/[,;\n]/)
    .map((p) => p.trim())
    .filter((p) => p !== '')
  if (parts.length === 0) return { ok: true, value: null }
  const values: string[] = []
  for (const part of parts) {
    const option = findOption(config.options, part)
    if (!option) return { ok: false, value: null, error: `"${part}" is not one of the options` }
    if (!values.includes(option.value)) values.push(option.value)
  }
  return { ok: true, value: values }
}

/** jsonb's order for arrays: the longer array is greater; equal lengths compare item by item. */
export function compareStringLists(a: string[], b: string[]): number {
  const x = asList(a)
  const y = asList(b)
  if (x.length !== y.length) return x.length - y.length
  for (let i = 0; i < x.length; i++) {
    const c = compareCodePoints(x[i] as string, y[i] as string)
    if (c !== 0) return c
  }
  return 0
}

/** Several options (tags, departments involved). A record shows in the group of each of its options. */
export const multiSelectFieldType: FieldType<string[], MultiSelectConfig> = {
  id: 'multi_select',
  label: 'Multiple select',
  configSchema: selectConfigSchema,
  defaultConfig: { options: [] },
  valueSchema: (config) =>
    z.array(z.string()).superRefine((values, ctx) => {
      if (new Set(values).size !== values.length) ctx.addIssue({ code: 'custom', message: 'Each option may appear once' })
      for (const v of values) {
        if (!config.options.some((o) => o.value === v)) ctx.addIssue({ code: 'custom', message: `"${v}" is not one of the options` })
      }
    }),
  jsonAccess: 'json',
  parse: parseMultiSelect,
  format: (value, config) => asList(value).map((v) => config.options.find((o) => o.value === v)?.label ?? v).join(', '),
  compare: compareStringLists,
  operators: [hasAny, hasAll, hasNone, isEmpty, isNotEmpty],
  groupKeys: (value) => [...new Set(asList(value))],
  groupOptions: (config) => config.options.map((o) => ({ key: o.value, label: o.label, ...(o.color ? { color: o.color } : {}) })),
  groupLabel: (key) => key,
  valueForGroup: (key, _config, current, fromKey) => {
    const next = asList(current).filter((v) => v !== fromKey && v !== key)
    if (key !== '') next.push(key)
    return next.length > 0 ? next : null
  },
  Cell: MultiSelectCell,
  Editor: MultiSelectEditor,
}
