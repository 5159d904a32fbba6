import { z } from 'zod'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'

/** The board's slice of a saved view (`view.options`). Columns come from the view's group-by field. */
export const boardOptionsSchema = z.object({
  /** Field keys shown on each card under its title, in order. */
  cardFields: z.array(z.string()).default([]),
})
export type BoardOptions = z.infer<typeof boardOptionsSchema>

export function defaultBoardOptions(module: ModuleDefinition): BoardOptions {
  const cardFields = module.fields
    .filter((field) => !field.hidden && !field.readOnly && field.key !== module.titleField)
    .slice(0, 3)
    .map((field) => field.key)
  return { cardFields }
}

/**
 * Fields a board can make columns of: their type knows its groups and which value moves a record into one
 * (select, status, person, checkbox...). Asked of the field type, not a list of type ids.
 */
export function canBeBoardColumns(field: FieldDefinition): boolean {
  const type = getFieldType(field.type)
  return !field.hidden && !field.readOnly && Boolean(type?.groupKeys && type.valueForGroup)
}
