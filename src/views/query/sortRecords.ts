import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { compareCodePoints } from '../../custom-fields/shared/text'
import { effectiveSorts, type ResolvedSort } from './effectiveSorts'
import type { Sort } from './filterTree'

type Row = Record<string, unknown>

/** Orders two row indexes by one sort's values, which were read (and turned into sort keys) once per row. */
type IndexCompare = (a: number, b: number) => number

// Any UTF-16 unit from U+D800 up: below it, code-unit order (JavaScript's `<`) is code-point order.
const BEYOND_FAST_ORDER = /[\uD800-\uFFFF]/

/**
 * Returns `rows` in compareRecords' order (the server's: each sort by its field type, no value last ascending and
 * first descending, ties by id), but reads every value once per row instead of twice per comparison: on 100k rows
 * that is 100k reads and key conversions instead of ~3.4M, and text compares natively where that order is exact.
 */
export function sortRecords<T extends Row>(
  rows: readonly T[],
  sorts: readonly Sort[] | null | undefined,
  fields: readonly FieldDefinition[],
  options: { defaultSorts?: readonly Sort[] } = {},
): T[] {
  const columns = effectiveSorts(sorts, fields, options.defaultSorts).map((sort) => sortColumn(rows, sort))
  const ids = keyColumn(rows.map((row) => String(row.id ?? '')), 1)
  const order = Array.from(rows, (_, index) => index)
  order.sort((a, b) => {
    for (const compare of columns) {
      const result = compare(a, b)
      if (result !== 0) return result
    }
    return ids(a, b)
  })
  return order.map((index) => rows[index] as T)
}

function sortColumn(rows: readonly Row[], { field, fieldType, direction }: ResolvedSort): IndexCompare {
  const sign = direction === 'asc' ? 1 : -1
  const raw = rows.map((row) => readFieldValue(row, field))
  if (!fieldType.sortKey) {
    const compare = fieldType.compare
    return withNulls(raw, sign, (a, b) => compare(raw[a], raw[b], field.config))
  }
  const sortKey = fieldType.sortKey
  return keyColumn(raw.map((value) => (isNull(value) ? null : sortKey(value, field.config))), sign)
}

/** Keys that are all numbers, or all strings, compare directly; anything else by code point of their text. */
function keyColumn(keys: (string | number | null)[], sign: 1 | -1): IndexCompare {
  const present = keys.filter((key) => key !== null)
  if (present.every((key) => typeof key === 'number')) {
    const numbers = keys as (number | null)[]
    return withNulls(keys, sign, (a, b) => (numbers[a] as number) - (numbers[b] as number))
  }
  const texts = keys.map((key) => (key === null ? null : String(key)))
  if (texts.every((text) => text === null || !BEYOND_FAST_ORDER.test(text))) {
    return withNulls(texts, sign, (a, b) => {
      const x = texts[a] as string
      const y = texts[b] as string
      return x < y ? -1 : x > y ? 1 : 0
    })
  }
  return withNulls(texts, sign, (a, b) => compareCodePoints(texts[a] as string, texts[b] as string))
}

/** Applies compareRecords' rules around `compare`: no value last ascending, first descending; NaN is a tie. */
function withNulls(values: readonly unknown[], sign: 1 | -1, compare: IndexCompare): IndexCompare {
  return (a, b) => {
    const nullA = isNull(values[a])
    const nullB = isNull(values[b])
    if (nullA || nullB) return nullA === nullB ? 0 : (nullA ? 1 : -1) * sign
    const result = compare(a, b)
    return Number.isNaN(result) ? 0 : Math.sign(result) * sign
  }
}

function isNull(value: unknown): boolean {
  return value === null || value === undefined
}
