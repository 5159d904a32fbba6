import type { CallboardClient } from '../lib/supabase/client'
import { useRefreshingFetch, type FetchState } from '../scheduling/useRefreshingFetch'

export interface LateCrew {
  person_id: string
  full_name: string
  role: string
  projected_wrap_at: string
  overtime_hours: number
  projected_overtime_hours: number
}

export interface RunningLateCost {
  crew: LateCrew[]
  /** People who had no overtime and now will. */
  intoOvertime: LateCrew[]
  /** People already in overtime who will have more. */
  deeper: LateCrew[]
}

/**
 * What running `lateMs` late costs the show's crew (show_running_late), asked again only when the delay moves by a
 * whole minute: the answer is about wraps and pay, not the second hand.
 */
export function useRunningLate(client: CallboardClient, eventId: string, lateMs: number): FetchState<RunningLateCost> {
  const lateMinutes = Math.max(0, Math.floor(lateMs / 60_000))
  const { state } = useRefreshingFetch(
    lateMinutes > 0 ? `${eventId}:${lateMinutes}` : null,
    async () => {
      const { data, error } = await client.rpc('show_running_late', { p_event_id: eventId, p_late_seconds: lateMinutes * 60 })
      if (error) throw new Error(error.message)
      const crew = (data ?? []).map((row) => ({
        ...row,
        overtime_hours: Number(row.overtime_hours),
        projected_overtime_hours: Number(row.projected_overtime_hours),
      })) as LateCrew[]
      return {
        crew,
        intoOvertime: crew.filter((c) => c.overtime_hours === 0 && c.projected_overtime_hours > 0),
        deeper: crew.filter((c) => c.overtime_hours > 0 && c.projected_overtime_hours > c.overtime_hours),
      }
    },
    lateMinutes,
  )
  return state
}
