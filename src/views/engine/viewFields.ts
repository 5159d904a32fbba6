import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { SavedView, ViewField } from './savedView'

export interface PlacedField {
  field: FieldDefinition
  visible: boolean
  width: number | undefined
}

/**
 * The module's fields in the view's order with their visibility and width. Fields the view does not mention yet (a
 * custom field created after it) follow, hidden; fields marked `hidden` (the manual-order key) never show. A view that
 * mentions no field at all (a fresh default) shows every field.
 */
export function placeViewFields(view: Pick<SavedView, 'fields'>, fields: readonly FieldDefinition[]): PlacedField[] {
  const byKey = new Map(fields.filter((field) => !field.hidden).map((field) => [field.key, field]))
  const showAll = view.fields.length === 0
  const placed: PlacedField[] = []
  for (const entry of view.fields) {
    const field = byKey.get(entry.key)
    if (!field) continue
    byKey.delete(entry.key)
    placed.push({ field, visible: entry.visible, width: entry.width })
  }
  for (const field of byKey.values()) placed.push({ field, visible: showAll, width: undefined })
  return placed
}

/** The saved-view form of a placement, for onFieldsChange. */
export function toViewFields(placed: readonly PlacedField[]): ViewField[] {
  return placed.map(({ field, visible, width }) => (width === undefined ? { key: field.key, visible } : { key: field.key, visible, width }))
}

/** Moves `key` to where `targetKey` is (before it when moving up, after it when moving down). */
export function moveField(placed: readonly PlacedField[], key: string, targetKey: string): PlacedField[] {
  const from = placed.findIndex((entry) => entry.field.key === key)
  const to = placed.findIndex((entry) => entry.field.key === targetKey)
  if (from < 0 || to < 0 || from === to) return [...placed]
  const next = [...placed]
  const [moved] = next.splice(from, 1)
  next.splice(to, 0, moved as PlacedField)
  return next
}
