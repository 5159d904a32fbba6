import { z } from 'zod'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'

export const timelineZooms = ['day', 'week', 'month'] as const
export type TimelineZoom = (typeof timelineZooms)[number]

/** The timeline's slice of a saved view (`view.options`). Field options are FieldDefinition keys. */
export const timelineOptionsSchema = z.object({
  startField: z.string().min(1),
  /** Without an end field, bars last a day (date fields) or an hour (date-time fields) and cannot be resized. */
  endField: z.string().min(1).optional(),
  /** One swimlane per value of this field; without it, one row per record. */
  groupField: z.string().min(1).optional(),
  zoom: z.enum(timelineZooms).default('week'),
})
export type TimelineOptions = z.infer<typeof timelineOptionsSchema>

export function defaultTimelineOptions(module: ModuleDefinition): TimelineOptions {
  const options: TimelineOptions = { startField: module.dateFields.start, zoom: 'week' }
  if (module.dateFields.end) options.endField = module.dateFields.end
  return options
}
