import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { compareCodePoints } from '../../custom-fields/shared/text'
import { effectiveSorts } from './effectiveSorts'
import type { Sort } from './filterTree'

type Row = Record<string, unknown>

const isNull = (value: unknown) => value === null || value === undefined

/**
 * The in-memory order of a view, the same as the `order=` compileViewQuery emits: each sort by its field type's
 * compare, no value last ascending and first descending (Postgres' `nullslast` / `nullsfirst`), then by id.
 */
export function compareRecords(
  sorts: readonly Sort[] | null | undefined,
  fields: readonly FieldDefinition[],
  options: { defaultSorts?: readonly Sort[] } = {},
): (a: Row, b: Row) => number {
  const resolved = effectiveSorts(sorts, fields, options.defaultSorts)
  return (a, b) => {
    for (const { field, fieldType, direction } of resolved) {
      const va = readFieldValue(a, field)
      const vb = readFieldValue(b, field)
      let result: number
      if (isNull(va) || isNull(vb)) {
        if (isNull(va) && isNull(vb)) continue
        // Ascending puts no value last; descending reverses everything, so no value comes first.
        result = isNull(va) ? 1 : -1
      } else {
        result = fieldType.compare(va, vb, field.config)
      }
      if (result !== 0 && !Number.isNaN(result)) return direction === 'asc' ? Math.sign(result) : -Math.sign(result)
    }
    return compareCodePoints(String(a.id ?? ''), String(b.id ?? ''))
  }
}
