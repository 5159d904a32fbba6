import { departmentOptions } from '../modules/departments'
import type { Cue } from './showTypes'

/** The cue number columns of the departments that have them, and how a desk names them (LX 47, SQ 12). */
const cueColumns: Record<string, { column: keyof Cue; prefix: string }> = {
  lighting: { column: 'lx_cue', prefix: 'LX' },
  sound: { column: 'sound_cue', prefix: 'SQ' },
  video: { column: 'video_cue', prefix: 'VQ' },
  flys: { column: 'flys_cue', prefix: 'Fly Q' },
  automation: { column: 'automation_cue', prefix: 'Auto' },
}

/** A department's own number for a cue ("LX 47"), or null when it has none. */
export function departmentCue(cue: Cue, department: string): string | null {
  const numbering = cueColumns[department]
  const value = numbering ? cue[numbering.column] : null
  return typeof value === 'string' && value !== '' ? `${numbering!.prefix} ${value}` : null
}

/** Every department number of a cue, in desk order. */
export function cueNumbers(cue: Cue): string[] {
  return Object.keys(cueColumns).map((department) => departmentCue(cue, department)).filter((n): n is string => n !== null)
}

export function departmentLabel(department: string | null): string {
  return departmentOptions.find((option) => option.value === department)?.label ?? 'Everyone'
}

/** Whether a cue concerns a department (a follow view without a department follows every cue). */
export function concerns(cue: Cue, department: string | null): boolean {
  return department === null || cue.departments.includes(department)
}
