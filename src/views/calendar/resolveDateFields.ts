import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'

/** The fields a date view draws with, looked up once from the view's options. */
export interface DateFieldSet {
  start: FieldDefinition
  end?: FieldDefinition
  title?: FieldDefinition
}

export type ResolvedDateFields<Extra> = ({ ok: true } & DateFieldSet & Extra) | { ok: false; message: string }

/**
 * Finds the start, end and title fields named by a calendar or timeline's options. A missing start field is a
 * message for the user (a custom field may have been deleted); a missing end field is ignored as if unset.
 */
export function resolveDateFields(
  options: { startField: string; endField?: string | undefined },
  fields: readonly FieldDefinition[],
  module: Pick<ModuleDefinition, 'titleField'>,
): ResolvedDateFields<object> {
  const byKey = new Map(fields.map((field) => [field.key, field]))
  const start = byKey.get(options.startField)
  if (!start) return { ok: false, message: `The date field "${options.startField}" no longer exists. Choose another in the view settings.` }
  const resolved: { ok: true } & DateFieldSet = { ok: true, start }
  const end = options.endField ? byKey.get(options.endField) : undefined
  if (end && end.key !== start.key) resolved.end = end
  const title = byKey.get(module.titleField)
  if (title) resolved.title = title
  return resolved
}

/** Whether a drag may write these fields: the user may edit, and neither date is a read-only system column. */
export function canWriteDates(canEdit: boolean, fields: DateFieldSet): boolean {
  return canEdit && !fields.start.readOnly && !(fields.end?.readOnly ?? false)
}

/** A record's title as text for events and bars. */
export function titleText(value: unknown): string {
  if (typeof value === 'string' && value.trim() !== '') return value
  if (typeof value === 'number' || typeof value === 'boolean') return String(value)
  return 'Untitled'
}
