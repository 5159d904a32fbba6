import type { Cue, ShowRuntime } from './showTypes'

// Rows for the show's pure tests: a cue and a runtime with every column, overridden where a test cares.

/** The scheduled start of the tests' show. */
export const T0 = Date.parse('2026-12-03T19:30:00.000Z')
export const iso = (ms: number) => new Date(ms).toISOString()
export const s = (seconds: number) => seconds * 1000

export function cueRow(overrides: Partial<Cue> = {}): Cue {
  return {
    automation_cue: null,
    created_at: iso(T0 - s(86_400)),
    created_by: null,
    custom_fields: {},
    deleted_at: null,
    departments: [],
    event_id: 'event-1',
    flys_cue: null,
    go_note: null,
    hard_start_at: null,
    id: 'cue-1',
    item_type: 'cue',
    lx_cue: null,
    notes: null,
    planned_seconds: 60,
    position: null,
    script_ref: null,
    sound_cue: null,
    standby_note: null,
    start_type: 'soft',
    sync_version: 1,
    title: 'cue-1',
    updated_at: iso(T0 - s(86_400)),
    updated_by: null,
    video_cue: null,
    workspace_id: 'workspace-1',
    ...overrides,
  } satisfies Cue
}

/** An armed runtime (nothing running) unless overridden. */
export function runtimeRow(overrides: Partial<ShowRuntime> = {}): ShowRuntime {
  return {
    added_seconds: 0,
    caller_id: 'caller-1',
    cue_started_at: null,
    current_cue_id: null,
    event_id: 'event-1',
    paused_at: null,
    show_started_at: null,
    state: 'armed',
    updated_at: iso(T0 - s(600)),
    version: 1,
    workspace_id: 'workspace-1',
    ...overrides,
  } satisfies ShowRuntime
}
