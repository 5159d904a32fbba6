import type { ViewRenderer } from '../engine/ViewRenderer'
import { CalendarSkeleton } from './CalendarSkeleton'
import { calendarOptionsSchema, defaultCalendarOptions, type CalendarOptions } from './calendarOptions'
import { CalendarView } from './CalendarView'

/**
 * The calendar view type. This module is the lazy chunk (views/engine/registry.ts imports it on first use), so it
 * may import react-big-calendar through CalendarView; nothing outside this folder may.
 */
export const calendarRenderer: ViewRenderer<CalendarOptions> = {
  type: 'calendar',
  label: 'Calendar',
  optionsSchema: calendarOptionsSchema,
  defaultOptions: defaultCalendarOptions,
  supports: (module) => module.viewTypes.includes('calendar') && module.dateFields.start !== '',
  Component: CalendarView,
  Skeleton: CalendarSkeleton,
}
