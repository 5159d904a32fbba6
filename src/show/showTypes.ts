import type { Database } from '../lib/supabase/database.types'

/** A cue, segment or break of an event's rundown (`public.run_of_show`). */
export type Cue = Database['public']['Tables']['run_of_show']['Row']

/** Where an event's show is (`public.show_runtimes`), written only by its caller through `show_control`. */
export type ShowRuntime = Database['public']['Tables']['show_runtimes']['Row']

/** The presses `show_control` knows. */
export type ShowAction = 'go' | 'back' | 'pause' | 'resume' | 'add_time' | 'stop' | 'arm'

/** How a screen follows the show: the caller's desk, one department's cues, or the backstage monitor. */
export type ShowMode = 'call' | 'follow' | 'display'
