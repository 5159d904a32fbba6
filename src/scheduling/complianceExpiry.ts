import { addDays, dayInZone } from '../custom-fields/shared/dates'
import type { AnyClient, DayRange } from './laneSummaryProvider'

/** A call or event that a document's lapse leaves uncovered. */
export interface EndangeredRecord {
  table: string
  id: string
  title: string
  at: string | null
}

/** A certificate, permit or safety document that runs out (or is not signed off), with what it endangers. */
export interface ComplianceDocument {
  table: string
  id: string
  title: string
  /** The certification, permit type or document type, as stored. */
  kind: string
  /** Whose it is: the person (certificates) or the production (permits, safety documents). */
  holder: string
  /** When it expires or is due for review; null for a safety document with no review date. */
  expiresOn: string | null
  state: 'expiring' | 'expired' | 'unsigned'
  endangered: EndangeredRecord[]
}

interface ExpiryRow {
  source_table: string
  source_id: string
  title: string | null
  kind: string | null
  holder: string | null
  expires_on: string | null
  state: string
  endangered_table: string | null
  endangered_id: string | null
  endangered_title: string | null
  endangered_at: string | null
}

const states = new Set<ComplianceDocument['state']>(['expiring', 'expired', 'unsigned'])

/** The panel's window: today through 30 days on, in the workspace's days. */
export function nextThirtyDays(now: Date, timeZone: string): DayRange {
  const from = dayInZone(now, timeZone)
  return { from, to: addDays(from, 30) }
}

/**
 * check_compliance_expiry's rows (one per document and endangered call or event) as one entry per document, in the
 * function's order (soonest first), each with the calls and events it endangers.
 */
export function groupComplianceRows(rows: readonly ExpiryRow[]): ComplianceDocument[] {
  const documents = new Map<string, ComplianceDocument>()
  for (const row of rows) {
    const key = `${row.source_table}:${row.source_id}`
    let document = documents.get(key)
    if (!document) {
      document = {
        table: row.source_table,
        id: row.source_id,
        title: row.title ?? 'Untitled',
        kind: row.kind ?? '',
        holder: row.holder ?? '',
        expiresOn: row.expires_on,
        state: states.has(row.state as ComplianceDocument['state']) ? (row.state as ComplianceDocument['state']) : 'expiring',
        endangered: [],
      }
      documents.set(key, document)
    }
    if (row.endangered_table && row.endangered_id) {
      document.endangered.push({ table: row.endangered_table, id: row.endangered_id, title: row.endangered_title ?? 'Untitled', at: row.endangered_at })
    }
  }
  return [...documents.values()]
}

export async function fetchComplianceExpiry(client: AnyClient, workspaceId: string, range: DayRange): Promise<ComplianceDocument[]> {
  const { data, error } = await client.rpc('check_compliance_expiry', { p_workspace_id: workspaceId, p_from: range.from, p_to: range.to })
  if (error) throw error
  return groupComplianceRows((data ?? []) as ExpiryRow[])
}
