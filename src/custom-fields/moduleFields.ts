import type { ModuleDefinition } from '../modules/ModuleDefinition'
import { configFromRow } from './customFieldConfig'
import type { CustomFieldRow } from './customFieldRow'
import type { FieldDefinition } from './FieldDefinition'
import { getFieldType } from './registry'
import { compareCodePoints } from './shared/text'

export { validateCustomValues } from './validateCustomValues'
export type { CustomValuesValidation, CustomValueError } from './validateCustomValues'

/** Custom fields in their saved order: by position (byte order, like the "C" column), unplaced last, then by name. */
export function compareCustomFieldRows(a: Pick<CustomFieldRow, 'position' | 'name'>, b: Pick<CustomFieldRow, 'position' | 'name'>): number {
  if (a.position !== b.position) {
    if (a.position === null) return 1
    if (b.position === null) return -1
    return compareCodePoints(a.position, b.position)
  }
  return compareCodePoints(a.name, b.name)
}

/**
 * A module's fields: its built-in columns, then the workspace's custom fields for it (rows of other modules are
 * skipped, so all of a workspace's rows may be passed). Rows of an unknown type, or whose name shadows a built-in
 * column, are left out rather than breaking the module.
 */
export function moduleFields(module: Pick<ModuleDefinition, 'table' | 'fields'>, rows: readonly CustomFieldRow[]): FieldDefinition[] {
  const taken = new Set(module.fields.map((f) => f.key))
  const custom: FieldDefinition[] = []
  for (const row of [...rows].filter((r) => r.module === module.table).sort(compareCustomFieldRows)) {
    const type = getFieldType(row.field_type)
    if (!type || taken.has(row.name)) continue
    taken.add(row.name)
    custom.push({
      key: row.name,
      label: row.label,
      type: type.id,
      config: configFromRow(type, row),
      source: 'custom',
      required: row.is_required,
      readOnly: false,
      customFieldId: row.id,
    })
  }
  return [...module.fields, ...custom]
}
