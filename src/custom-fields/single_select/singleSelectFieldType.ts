import { z } from 'zod'
import type { FieldType, ParseResult } from '../FieldType'
import { choiceOperators } from '../shared/choiceOperators'
import { findOption, selectConfigSchema, type SelectConfig } from '../shared/selectOption'
import { compareCodePoints, textSortKey } from '../shared/text'
import { SingleSelectCell } from './SingleSelectCell'
import { SingleSelectEditor } from './SingleSelectEditor'

export type SingleSelectConfig = SelectConfig

export function parseSingleSelect(text: string, config: SelectConfig): ParseResult<string> {
  if (text.trim() === '') return { ok: true, value: null }
  const option = findOption(config.options, text)
  if (!option) return { ok: false, value: null, error: `"${text.trim()}" is not one of the options` }
  return { ok: true, value: option.value }
}

export function optionLabel(value: string | null, config: SelectConfig): string {
  if (value === null) return ''
  return config.options.find((o) => o.value === value)?.label ?? value
}

/**
 * One coloured option: statuses, priorities, departments. The stored value is the option's `value`; labels and
 * colours can change freely. Sorting follows the stored value (what Postgres can sort by); groups follow option order.
 */
export const singleSelectFieldType: FieldType<string, SingleSelectConfig> = {
  id: 'single_select',
  label: 'Single select',
  configSchema: selectConfigSchema,
  defaultConfig: { options: [] },
  valueSchema: (config) =>
    z.string().superRefine((v, ctx) => {
      if (!config.options.some((o) => o.value === v)) ctx.addIssue({ code: 'custom', message: `"${v}" is not one of the options` })
    }),
  jsonAccess: 'text',
  parse: parseSingleSelect,
  format: optionLabel,
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: choiceOperators(),
  groupKeys: (value) => (value === null || value === '' ? [] : [value]),
  groupOptions: (config) => config.options.map((o) => ({ key: o.value, label: o.label, ...(o.color ? { color: o.color } : {}) })),
  groupLabel: (key) => key,
  valueForGroup: (key) => (key === '' ? null : key),
  Cell: SingleSelectCell,
  Editor: SingleSelectEditor,
}
