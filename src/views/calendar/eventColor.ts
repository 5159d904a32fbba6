import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'

/**
 * An event's colour: a select palette name ('blue', 'green'... as OptionPill draws them, styled in
 * CalendarView.css) or, should an option carry one, an explicit CSS colour.
 */
export type EventColor = { palette: string } | { css: string }

const palette = new Set(['gray', 'blue', 'green', 'yellow', 'orange', 'red', 'pink', 'purple', 'teal'])
const cssColor = /^(#[0-9a-f]{3,8}|(rgb|rgba|hsl|hsla|oklch|oklab|lab|lch)\(.+\))$/i

/**
 * The colour of a record's value of a grouping field (a single or multi select, a checkbox): the colour of its
 * first group option, through the field type's groupKeys/groupOptions. No value, a stale option or an option
 * without a colour: null, and the event keeps the default colour.
 */
export function groupValueColor(field: FieldDefinition, value: unknown): EventColor | null {
  const type = getFieldType(field.type)
  if (!type?.groupKeys || !type.groupOptions) return null
  const key = type.groupKeys(value, field.config)[0]
  if (key === undefined) return null
  const color = type.groupOptions(field.config).find((option) => option.key === key)?.color
  if (!color) return null
  if (palette.has(color)) return { palette: color }
  return cssColor.test(color.trim()) ? { css: color.trim() } : null
}
