import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType, type AnyFieldType } from '../../custom-fields/registry'
import type { Sort } from './filterTree'

export interface ResolvedSort {
  field: FieldDefinition
  fieldType: AnyFieldType
  direction: 'asc' | 'desc'
}

/**
 * The sorts a view really applies: its own, minus those on fields that no longer exist (and repeats), or `fallback`
 * when none is left (creation order; a board in manual order passes `position`). Both interpreters then break ties
 * by id, so the order is total and they agree.
 */
export function effectiveSorts(
  sorts: readonly Sort[] | null | undefined,
  fields: readonly FieldDefinition[],
  fallback: readonly Sort[] = DEFAULT_SORTS,
): ResolvedSort[] {
  const byKey = new Map(fields.map((f) => [f.key, f]))
  const resolve = (list: readonly Sort[]) => {
    const seen = new Set<string>()
    const resolved: ResolvedSort[] = []
    for (const sort of list) {
      const field = byKey.get(sort.field)
      const fieldType = field && getFieldType(field.type)
      if (!field || !fieldType || seen.has(field.key)) continue
      seen.add(field.key)
      resolved.push({ field, fieldType, direction: sort.direction })
    }
    return resolved
  }
  const own = resolve(sorts ?? [])
  return own.length > 0 ? own : resolve(fallback)
}

/** Creation order, for views without sorts of their own. */
export const DEFAULT_SORTS: readonly Sort[] = [{ field: 'created_at', direction: 'asc' }]
