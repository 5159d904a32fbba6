import { numberFormat } from '../lib/format/numberFormat'
import { LaneSummary, type LaneSummaryPart } from './LaneSummary'
import { dayRangeText, toNumber, type LaneSummaryContext, type LaneSummaryProvider } from './laneSummaryProvider'

/** An asset's use over the range, as calculate_asset_utilization reports it. */
export interface AssetUtilization {
  name: string
  tracking: 'serialized' | 'bulk'
  stockQuantity: number
  bookedHours: number
  tentativeHours: number
  checkedOutHours: number
  /** Booked share of the range, 0..1; null when it cannot be known. */
  utilization: number | null
  peakDemand: number
  /** Units wanted beyond the stock at the busiest moment (bulk items). */
  shortage: number
  peakAt: string | null
}

const hours = (value: number) => numberFormat(undefined, { maximumFractionDigits: 1 }).format(value)
const percent = (value: number) => numberFormat(undefined, { style: 'percent', maximumFractionDigits: 0 }).format(value)

function momentText(instant: string, timeZone: string): string | null {
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat('en-US', { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone })
    .format(date)
    .replace(/[\u2009\u202f\u00a0]/g, ' ')
}

/** The short parts and the spelled-out label of one asset's lane. */
export function assetUtilizationParts(summary: AssetUtilization, { range, timeZone }: LaneSummaryContext): { parts: LaneSummaryPart[]; label: string } {
  const booked = summary.utilization === null ? `${hours(summary.bookedHours)} h booked` : `${percent(summary.utilization)} booked`
  const parts: LaneSummaryPart[] = [{ text: booked }]
  const label = [
    summary.utilization === null
      ? `${hours(summary.bookedHours)} hours booked, ${dayRangeText(range)}`
      : `${percent(summary.utilization)} of the time booked (${hours(summary.bookedHours)} hours), ${dayRangeText(range)}`,
  ]
  if (summary.tentativeHours > 0) {
    parts.push({ text: `+${hours(summary.tentativeHours)} h pencilled`, tone: 'muted' })
    label.push(`${hours(summary.tentativeHours)} hours pencilled`)
  }
  if (summary.checkedOutHours > 0) label.push(`${hours(summary.checkedOutHours)} hours checked out`)
  // Only bulk stock can be short: a serialized item's overlaps are double bookings, which the conflict engine reports.
  if (summary.tracking === 'bulk' && summary.shortage > 0) {
    parts.push({ text: `short ${summary.shortage} at peak`, tone: 'warning' })
    const when = summary.peakAt ? momentText(summary.peakAt, timeZone) : null
    label.push(`short ${summary.shortage} at peak: ${summary.peakDemand} wanted of ${summary.stockQuantity} in stock${when ? ` on ${when}` : ''}`)
  }
  return { parts, label: label.join('; ') }
}

interface UtilizationRow {
  asset_id: string | null
  asset_name: string | null
  tracking: string | null
  stock_quantity: unknown
  booked_hours: unknown
  tentative_hours: unknown
  checked_out_hours: unknown
  utilization: unknown
  peak_demand: unknown
  shortage: unknown
  peak_at: string | null
}

/** Booked share and bulk shortages per asset, for the lanes of a gear schedule (calculate_asset_utilization). */
export const assetUtilizationSummary: LaneSummaryProvider<AssetUtilization> = {
  async fetch(client, workspaceId, range) {
    const { data, error } = await client.rpc('calculate_asset_utilization', { p_workspace_id: workspaceId, p_from: range.from, p_to: range.to })
    if (error) throw error
    // Category totals (no asset) are no lane's.
    const rows = ((data ?? []) as UtilizationRow[]).filter((row): row is UtilizationRow & { asset_id: string } => typeof row.asset_id === 'string')
    return new Map(
      rows.map((row) => [
        row.asset_id.toLowerCase(),
        {
          name: row.asset_name ?? '',
          tracking: row.tracking === 'bulk' ? 'bulk' : 'serialized',
          stockQuantity: toNumber(row.stock_quantity),
          bookedHours: toNumber(row.booked_hours),
          tentativeHours: toNumber(row.tentative_hours),
          checkedOutHours: toNumber(row.checked_out_hours),
          utilization: row.utilization === null || row.utilization === undefined ? null : toNumber(row.utilization),
          peakDemand: toNumber(row.peak_demand),
          shortage: toNumber(row.shortage),
          peakAt: row.peak_at,
        },
      ]),
    )
  },
  render(summary, context) {
    return <LaneSummary {...assetUtilizationParts(summary, context)} />
  },
}
