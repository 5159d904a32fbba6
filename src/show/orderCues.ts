import type { Cue } from './showTypes'

/**
 * The running order the database uses (private.show_cue_after): position in byte order (the column is collate "C",
 * and positions are ASCII fractional indexes, so JavaScript's code-unit order agrees), unplaced cues last, then
 * creation time and id.
 */
export function compareCues(a: Cue, b: Cue): number {
  if ((a.position === null) !== (b.position === null)) return a.position === null ? 1 : -1
  if (a.position !== b.position) return (a.position ?? '') < (b.position ?? '') ? -1 : 1
  if (a.created_at !== b.created_at) return Date.parse(a.created_at) - Date.parse(b.created_at)
  return a.id < b.id ? -1 : a.id > b.id ? 1 : 0
}

/** The live cues of a rundown in running order, with `changed` put in (or taken out when deleted). */
export function withCue(cues: readonly Cue[], changed: Cue): Cue[] {
  const others = cues.filter((cue) => cue.id !== changed.id)
  return (changed.deleted_at === null ? [...others, changed] : others).sort(compareCues)
}
