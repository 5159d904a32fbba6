import type { FilterContext } from '../../custom-fields/FieldType'
import { canonicalInstant, dayInZone, isTimeZone } from '../../custom-fields/shared/dates'

export type { FilterContext }

/**
 * The context one query is compiled and matched with. Build it once per view load (and again when the day changes)
 * and hand the same object to compileViewQuery and matchesFilter, so that "today" and "me" mean the same on both sides.
 */
export function createFilterContext(options: { now?: Date; timeZone?: string | null; userId?: string | null } = {}): FilterContext {
  const now = options.now ?? new Date()
  const fallbackZone = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC'
  const timeZone = options.timeZone && isTimeZone(options.timeZone) ? options.timeZone : fallbackZone
  return {
    today: dayInZone(now, timeZone),
    now: canonicalInstant(now.toISOString()) as string,
    timeZone,
    userId: options.userId ?? null,
  }
}
