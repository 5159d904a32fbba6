import { Pill } from '../ui/Pill'
import type { Tone } from '../ui/tone'
import type { SchedulingConflict } from './schedulingConflicts'
import './SchedulingConflictList.css'

const severityLabel: Record<SchedulingConflict['severity'], { label: string; tone: Tone }> = {
  block: { label: 'Blocks', tone: 'danger' },
  warn: { label: 'Warning', tone: 'warning' },
  info: { label: 'Note', tone: 'info' },
}

const kindLabel: Record<string, string> = {
  double_booking: 'Double booking',
  tentative_overlap: 'Pencilled overlap',
  hold_rank: 'Hold queue',
  parent_space: 'Shared space',
  leave: 'Leave',
  rest: 'Rest',
  certification: 'Certificate',
}

/** The engine's conflicts, one line each: severity, kind and the reason that names the other booking. */
export function SchedulingConflictList({ conflicts }: { conflicts: readonly SchedulingConflict[] }) {
  return (
    <ul className="scheduling-conflicts">
      {conflicts.map((conflict, index) => (
        <li key={`${conflict.otherId ?? 'none'}:${conflict.conflictType}:${index}`} className="scheduling-conflicts__item">
          <Pill tone={severityLabel[conflict.severity].tone}>{severityLabel[conflict.severity].label}</Pill>
          <span className="scheduling-conflicts__kind">{kindLabel[conflict.conflictType] ?? conflict.conflictType}</span>
          <span className="scheduling-conflicts__reason">{conflict.reason}</span>
        </li>
      ))}
    </ul>
  )
}
