import { z } from 'zod'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { calendarViewNames } from './visibleRange'

/** The calendar's slice of a saved view (`view.options`). Field options are FieldDefinition keys. */
export const calendarOptionsSchema = z.object({
  startField: z.string().min(1),
  /** Without an end field every event lasts a day (date fields) or an hour (date-time fields). */
  endField: z.string().min(1).optional(),
  /** The view the calendar opens in; switching in the toolbar is not saved. */
  defaultView: z.enum(calendarViewNames).default('month'),
  /** A select field whose option colours paint the events. */
  colorField: z.string().min(1).optional(),
})
export type CalendarOptions = z.infer<typeof calendarOptionsSchema>

export function defaultCalendarOptions(module: ModuleDefinition): CalendarOptions {
  const options: CalendarOptions = { startField: module.dateFields.start, defaultView: 'month' }
  if (module.dateFields.end) options.endField = module.dateFields.end
  return options
}
