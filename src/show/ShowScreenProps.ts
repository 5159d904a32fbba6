import type { CallboardClient } from '../lib/supabase/client'
import type { ShowProjection } from './projectShow'
import type { ShowControls } from './useShowControls'
import type { CrewScreen, StandbyAck } from './useShowCrew'
import type { ShowEvent } from './useShowRuntime'
import type { Cue, ShowRuntime } from './showTypes'

/** What every screen of a show gets from the show page: the show as it stands, on the database's clock. */
export interface ShowScreenProps {
  client: CallboardClient
  event: ShowEvent
  cues: Cue[]
  runtime: ShowRuntime | null
  projection: ShowProjection
  /** The database's time now (this device's clock corrected by the measured offset), moving once a second. */
  nowMs: number
  /** Database time minus this device's, for what ticks faster than the page (the countdown). */
  offsetMs: number
  timeZone: string
  userId: string
  /** The show caller's name, when someone holds the seat. */
  callerName: string | null
  department: string | null
  controls: ShowControls
  screens: CrewScreen[]
  acks: StandbyAck[]
  acknowledge(cueId: string): void
}
