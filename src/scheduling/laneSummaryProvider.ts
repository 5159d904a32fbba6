import type { SupabaseClient } from '@supabase/supabase-js'
import type { ReactNode } from 'react'

// The scheduling reports are RPCs the generated types may not know yet; they are reached by name, as module tables are.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyClient = SupabaseClient<any, any, any>

/** Workspace days, `YYYY-MM-DD`, both included: what the scheduling reports take as p_from and p_to. */
export interface DayRange {
  from: string
  to: string
}

/** What a summary was asked for: the days, and the workspace's time zone to show its moments in. */
export interface LaneSummaryContext {
  range: DayRange
  timeZone: string
}

/**
 * One kind of lane summary (a ModuleDefinition's `laneSummary`): `fetch` asks the database once for every lane of a
 * timeline, keyed by lane value (the related record's id, lower case, as the timeline's group keys are); `render` is
 * what one lane's header shows. Lanes without an entry show nothing.
 */
export interface LaneSummaryProvider<Summary> {
  fetch(client: AnyClient, workspaceId: string, range: DayRange): Promise<ReadonlyMap<string, Summary>>
  render(summary: Summary, context: LaneSummaryContext): ReactNode
}

/** A numeric column as a number: PostgREST sends numeric as JSON numbers, but a text form must not become NaN. */
export function toNumber(value: unknown): number {
  const number = typeof value === 'number' ? value : typeof value === 'string' ? Number(value) : Number.NaN
  return Number.isFinite(number) ? number : 0
}

const dayFormat = new Intl.DateTimeFormat('en-US', { month: 'short', day: 'numeric', year: 'numeric', timeZone: 'UTC' })

/** "Mar 3 – 9, 2025": the days a summary covers, for its spelled-out label. Days are calendar days, read in UTC. */
export function dayRangeText(range: DayRange): string {
  const from = new Date(`${range.from}T00:00:00Z`)
  const to = new Date(`${range.to}T00:00:00Z`)
  const text = range.from === range.to ? dayFormat.format(from) : dayFormat.formatRange(from, to)
  // ICU puts thin and no-break spaces around the dash; plain ones read and match the same.
  return text.replace(/[\u2009\u202f\u00a0]/g, ' ')
}
