import { z } from 'zod'
import { aggregateKinds } from './aggregates'

/** The list's slice of a saved view (`view.options`); columns, widths and order live in the view's `fields`. */
export const listOptionsSchema = z.object({
  /** Footer aggregate per field key. */
  aggregates: z.record(z.string(), z.enum(aggregateKinds)).default({}),
  rowHeight: z.enum(['compact', 'comfortable']).default('compact'),
})
export type ListOptions = z.infer<typeof listOptionsSchema>

export function defaultListOptions(): ListOptions {
  return { aggregates: {}, rowHeight: 'compact' }
}

export const rowHeights: Record<ListOptions['rowHeight'], number> = { compact: 36, comfortable: 48 }
