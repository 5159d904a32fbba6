import { readFieldValue } from '../../custom-fields/FieldDefinition'
import { isDateOnlyField, parseFieldDate, parseFieldEnd, toDayNumber } from '../calendar/fieldDates'
import { titleText, type DateFieldSet } from '../calendar/resolveDateFields'
import type { RecordRow, ViewGroup } from '../store/ViewStore'

/** One record on the timeline: day numbers (see toDayNumber), end exclusive. */
export interface TimelineBar {
  id: string
  title: string
  start: number
  end: number
}

const HOUR = 1 / 24

/** A record as a bar, or null when it has no start date (it is listed as unscheduled). */
export function recordToBar(record: RecordRow, fields: DateFieldSet): TimelineBar | null {
  const dateOnly = isDateOnlyField(fields.start)
  const start = parseFieldDate(readFieldValue(record, fields.start), dateOnly)
  if (!start) return null
  const end = fields.end ? parseFieldEnd(readFieldValue(record, fields.end), isDateOnlyField(fields.end)) : null
  const startDay = toDayNumber(start)
  const fallback = startDay + (dateOnly ? 1 : HOUR)
  let endDay = end ? toDayNumber(end) : fallback
  // A missing, empty or inverted range is drawn as the default length so that it can still be seen and dragged.
  if (endDay <= startDay) endDay = fallback
  return { id: record.id, title: titleText(fields.title ? readFieldValue(record, fields.title) : null), start: startDay, end: endDay }
}

/** A swimlane's content before layout. */
export interface BarGroup {
  key: string
  label: string
  bars: TimelineBar[]
  collapsed: boolean
}

/**
 * Swimlanes from a grouping (the store's, or groupRecords run here): each group's ids as bars, in group order.
 * Ids without a bar (unscheduled records) are left out.
 */
export function barGroups(
  groups: readonly Pick<ViewGroup, 'key' | 'label' | 'collapsed'>[],
  groupedIds: Readonly<Record<string, readonly string[]>>,
  bars: ReadonlyMap<string, TimelineBar>,
): BarGroup[] {
  return groups.map((group) => ({
    key: group.key,
    label: group.label,
    collapsed: group.collapsed,
    bars: (groupedIds[group.key] ?? []).flatMap((id) => bars.get(id) ?? []),
  }))
}

/** Packs bars into as few lanes as possible without overlap (greedy by start: optimal for intervals). */
export function packLanes(bars: readonly TimelineBar[]): TimelineBar[][] {
  const sorted = [...bars].sort((a, b) => a.start - b.start || a.end - b.end || a.id.localeCompare(b.id))
  const lanes: TimelineBar[][] = []
  const laneEnds: number[] = []
  for (const bar of sorted) {
    let lane = laneEnds.findIndex((end) => end <= bar.start)
    if (lane === -1) {
      lane = lanes.length
      lanes.push([])
      laneEnds.push(bar.start)
    }
    lanes[lane]!.push(bar)
    laneEnds[lane] = bar.end
  }
  return lanes
}

export type TimelineRow =
  | { kind: 'group'; key: string; groupKey: string; label: string; count: number; collapsed: boolean }
  | { kind: 'lane'; key: string; groupKey: string; label: string; bars: TimelineBar[] }

/**
 * The rows the grid draws, all the same height so they can be windowed by index. Ungrouped: one row per bar,
 * labelled with its title. Grouped: a header per group, then its packed lanes (an empty group keeps one empty lane).
 */
export function buildRows(bars: readonly TimelineBar[], groups: readonly BarGroup[] | null): TimelineRow[] {
  if (!groups) return bars.map((bar) => ({ kind: 'lane', key: `r:${bar.id}`, groupKey: '', label: bar.title, bars: [bar] }))
  const rows: TimelineRow[] = []
  for (const group of groups) {
    rows.push({ kind: 'group', key: `g:${group.key}`, groupKey: group.key, label: group.label, count: group.bars.length, collapsed: group.collapsed })
    if (group.collapsed) continue
    const lanes = packLanes(group.bars)
    if (lanes.length === 0) lanes.push([])
    lanes.forEach((lane, index) => rows.push({ kind: 'lane', key: `l:${group.key}:${index}`, groupKey: group.key, label: '', bars: lane }))
  }
  return rows
}
