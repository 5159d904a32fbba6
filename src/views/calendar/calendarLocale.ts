import type { WeekStartsOn } from './visibleRange'

/**
 * The locale both date views draw in. Kept apart from calendarLocalizer.ts (which loads react-big-calendar) so the
 * timeline can share it. The week start must match the date-fns locale the localizer is given.
 */
export const CALENDAR_CULTURE = 'en-US'
export const WEEK_STARTS_ON: WeekStartsOn = 0
