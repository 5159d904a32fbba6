import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { compareCodePoints } from '../../custom-fields/shared/text'
import type { ViewGroup } from '../store/ViewStore'

type Row = Record<string, unknown> & { id: string }

export interface GroupBy {
  field: string
  collapsed?: readonly string[]
}

/** A group as the store keeps it, plus the option colour a board column can wear. */
export type ColoredViewGroup = ViewGroup & { color?: string }

export interface GroupedRecords {
  /** Ids per group key in the records' order; '' is "no value" (and the only key when ungrouped). */
  groupedIds: Record<string, string[]>
  groups: ColoredViewGroup[]
  /** Set when the view asked for a grouping that cannot apply (deleted field, ungroupable type). */
  ignoredGroupBy?: string
}

export interface GroupOptions {
  /** Labels the field type cannot know: a person's name, a related record's title. */
  labelFor?(field: FieldDefinition, key: string): string | undefined
}

/**
 * Splits records (already in display order) into a view's groups. Known groups (a select's options, in option order;
 * unchecked/checked; one to five stars) are always present, even empty, so a board shows every column; values outside
 * them (a deleted option, a person, a day) follow in key order; "no value" comes last, unless the field is required
 * and nothing lacks a value. A multi-select record appears in each of its groups.
 */
export function groupRecords(
  records: readonly Row[],
  groupBy: GroupBy | null | undefined,
  fields: readonly FieldDefinition[],
  options: GroupOptions = {},
): GroupedRecords {
  const field = groupBy ? fields.find((f) => f.key === groupBy.field) : undefined
  const fieldType = field && getFieldType(field.type)
  if (!groupBy || !field || !fieldType?.groupKeys) {
    const all = records.map((r) => r.id)
    return {
      groupedIds: { '': all },
      groups: [{ key: '', label: 'All records', count: all.length, collapsed: false }],
      ...(groupBy ? { ignoredGroupBy: groupBy.field } : {}),
    }
  }

  const groupedIds: Record<string, string[]> = {}
  const known = fieldType.groupOptions?.(field.config) ?? []
  for (const option of known) groupedIds[option.key] = []
  const extra = new Set<string>()
  const none: string[] = []
  for (const record of records) {
    const keys = fieldType.groupKeys(readFieldValue(record, field), field.config)
    if (keys.length === 0) none.push(record.id)
    for (const key of keys) {
      let ids = groupedIds[key]
      if (!ids) {
        ids = groupedIds[key] = []
        extra.add(key)
      }
      ids.push(record.id)
    }
  }

  const collapsed = new Set(groupBy.collapsed ?? [])
  const group = (key: string, label: string, color?: string): ColoredViewGroup => ({
    key,
    label,
    count: groupedIds[key]?.length ?? 0,
    collapsed: collapsed.has(key),
    ...(color ? { color } : {}),
  })
  const labelOf = (key: string) => options.labelFor?.(field, key) ?? fieldType.groupLabel?.(key, field.config) ?? key
  const groups = [
    ...known.map((o) => group(o.key, options.labelFor?.(field, o.key) ?? o.label, o.color)),
    ...[...extra].sort(compareCodePoints).map((key) => group(key, labelOf(key))),
  ]
  if (none.length > 0 || !field.required) {
    groupedIds[''] = none
    groups.push(group('', `No ${field.label.toLowerCase()}`))
  }
  return { groupedIds, groups }
}
