import { numberFormat } from '../lib/format/numberFormat'
import { LaneSummary, type LaneSummaryPart } from './LaneSummary'
import { dayRangeText, toNumber, type DayRange, type LaneSummaryProvider } from './laneSummaryProvider'

/** A person's hours over the range, as get_crew_hours reports them (overtime priced by the workspace's rules). */
export interface CrewHours {
  fullName: string
  confirmedHours: number
  tentativeHours: number
  /** The person's capacity for the range (0: none declared, as for a freelancer). */
  capacityHours: number
  /** Hours paid at 1.5x. */
  overtimeHours: number
  /** Hours paid at 2x. */
  doubleTimeHours: number
  /** Hours as paid: each hour times its multiplier. */
  weightedHours: number
  seventhDays: number
}

const hours = (value: number) => numberFormat(undefined, { maximumFractionDigits: 1 }).format(value)

/** The short parts and the spelled-out label of one person's lane. */
export function crewHoursParts(summary: CrewHours, range: DayRange): { parts: LaneSummaryPart[]; label: string } {
  const { confirmedHours, tentativeHours, capacityHours, overtimeHours, doubleTimeHours } = summary
  const over = capacityHours > 0 && confirmedHours > capacityHours
  const parts: LaneSummaryPart[] = [
    { text: capacityHours > 0 ? `${hours(confirmedHours)} h / ${hours(capacityHours)}` : `${hours(confirmedHours)} h`, ...(over ? { tone: 'warning' as const } : {}) },
  ]
  const label = [
    capacityHours > 0
      ? `${hours(confirmedHours)} hours confirmed of ${hours(capacityHours)} hours capacity, ${dayRangeText(range)}`
      : `${hours(confirmedHours)} hours confirmed, ${dayRangeText(range)}`,
  ]
  if (over) label.push(`${hours(confirmedHours - capacityHours)} hours over capacity`)
  if (overtimeHours > 0) {
    parts.push({ text: `+${hours(overtimeHours)} h OT`, tone: 'warning' })
    label.push(`${hours(overtimeHours)} hours overtime at 1.5x`)
  }
  if (doubleTimeHours > 0) {
    parts.push({ text: `2x ${hours(doubleTimeHours)} h`, tone: 'warning' })
    label.push(`${hours(doubleTimeHours)} hours double time at 2x`)
  }
  if (overtimeHours > 0 || doubleTimeHours > 0) label.push(`${hours(summary.weightedHours)} hours as paid`)
  if (summary.seventhDays > 0) label.push(summary.seventhDays === 1 ? 'works a seventh consecutive day' : `works ${summary.seventhDays} seventh consecutive days`)
  if (tentativeHours > 0) {
    parts.push({ text: `+${hours(tentativeHours)} pencilled`, tone: 'muted' })
    label.push(`${hours(tentativeHours)} hours pencilled`)
  }
  return { parts, label: label.join('; ') }
}

interface CrewHoursRow {
  person_id: string
  full_name: string | null
  confirmed_hours: unknown
  tentative_hours: unknown
  capacity_hours: unknown
  overtime_hours: unknown
  double_time_hours: unknown
  weighted_hours: unknown
  seventh_days: unknown
}

/** Hours and overtime per person, for the lanes of a crew schedule (get_crew_hours). */
export const crewHoursSummary: LaneSummaryProvider<CrewHours> = {
  async fetch(client, workspaceId, range) {
    const { data, error } = await client.rpc('get_crew_hours', { p_workspace_id: workspaceId, p_from: range.from, p_to: range.to })
    if (error) throw error
    return new Map(
      ((data ?? []) as CrewHoursRow[]).map((row) => [
        String(row.person_id).toLowerCase(),
        {
          fullName: row.full_name ?? '',
          confirmedHours: toNumber(row.confirmed_hours),
          tentativeHours: toNumber(row.tentative_hours),
          capacityHours: toNumber(row.capacity_hours),
          overtimeHours: toNumber(row.overtime_hours),
          doubleTimeHours: toNumber(row.double_time_hours),
          weightedHours: toNumber(row.weighted_hours),
          seventhDays: toNumber(row.seventh_days),
        },
      ]),
    )
  },
  render(summary, { range }) {
    return <LaneSummary {...crewHoursParts(summary, range)} />
  },
}
