import { z } from 'zod'
import type { FieldType, FilterContext, ParseResult } from '../FieldType'
import { choiceOperators } from '../shared/choiceOperators'
import { compareCodePoints, textSortKey } from '../shared/text'
import { PersonCell } from './PersonCell'
import { PersonEditor } from './PersonEditor'

export const personConfigSchema = z.object({})
export type PersonConfig = z.infer<typeof personConfigSchema>

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

export const isUuid = (value: unknown): value is string => typeof value === 'string' && UUID.test(value)

/** The stored operand "me" is the signed-in user at query time ("My tasks" views). */
export const ME = 'me'

function resolvePerson(raw: unknown, context: FilterContext): string | undefined {
  if (raw === ME) return context.userId ?? undefined
  // A uuid column would refuse anything else outright (PostgREST 22P02), so a bad operand is incomplete.
  return isUuid(raw) ? raw.toLowerCase() : undefined
}

/** Pasted text: a profile id. Names are resolved by the importer, which knows the members. */
export function parsePerson(text: string): ParseResult<string> {
  const t = text.trim()
  if (t === '') return { ok: true, value: null }
  return isUuid(t) ? { ok: true, value: t.toLowerCase() } : { ok: false, value: null, error: `"${t}" is not a workspace member` }
}

/**
 * A workspace member, stored as the profile id (Postgres uuid text, lower case). Sorted by id — what the database
 * can sort by; names live in WorkspaceMembersProvider for cells, editors and group labels.
 */
export const personFieldType: FieldType<string, PersonConfig> = {
  id: 'person',
  label: 'Person',
  configSchema: personConfigSchema,
  defaultConfig: {},
  valueSchema: () => z.string().regex(UUID, 'Not a person id'),
  jsonAccess: 'text',
  parse: parsePerson,
  format: (value) => value ?? '',
  compare: compareCodePoints,
  sortKey: textSortKey,
  operators: choiceOperators(resolvePerson, (v) => v.toLowerCase()),
  groupKeys: (value) => (isUuid(value) ? [value.toLowerCase()] : []),
  groupLabel: (key) => key,
  valueForGroup: (key) => (key === '' ? null : key),
  Cell: PersonCell,
  Editor: PersonEditor,
}
