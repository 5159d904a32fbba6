import { z } from 'zod'
import type { FieldType, FilterContext, ParseResult } from '../FieldType'
import { isUuid } from '../person/personFieldType'
import { choiceOperators } from '../shared/choiceOperators'
import { compareCodePoints, textSortKey } from '../shared/text'
import { RelationCell } from './RelationCell'
import { RelationEditor } from './RelationEditor'

export const relationConfigSchema = z.object({
  /** The module key of the records pointed at ('productions'). */
  module: z.string().default(''),
})
export type RelationConfig = z.infer<typeof relationConfigSchema>

const resolveRecord = (raw: unknown, _context: FilterContext) => (isUuid(raw) ? raw.toLowerCase() : undefined)

export function parseRelation(text: string): ParseResult<string> {
  const t = text.trim()
  if (t === '') return { ok: true, value: null }
  return isUuid(t) ? { ok: true, value: t.toLowerCase() } : { ok: false, value: null, error: `"${t}" is not a record id` }
}

/**
 * A reference to one record of another module (a task's production), stored as its uuid. Used by built-in foreign-key
 * columns; the database keeps it inside the workspace. Groups by record; sorts by id.
 */
export const relationFieldType: FieldType<string, RelationConfig> = {
  id: 'relation',
  label: 'Linked record',
  configSchema: relationConfigSchema,
  defaultConfig: { module: '' },
  valueSchema: () => z.string().refine(isUuid, 'Not a record id'),
  jsonAccess: 'text',
  parse: parseRelation,
  format: (value) => value ?? '',
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: choiceOperators(resolveRecord, (v) => v.toLowerCase()),
  groupKeys: (value) => (isUuid(value) ? [value.toLowerCase()] : []),
  groupLabel: (key) => key,
  valueForGroup: (key) => (key === '' ? null : key),
  Cell: RelationCell,
  Editor: RelationEditor,
}
