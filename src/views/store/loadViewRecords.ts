import type { SupabaseClient } from '@supabase/supabase-js'
import { fieldPath, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { compileViewQuery } from '../query/compileViewQuery'
import type { ViewQuery } from './ViewQuery'
import type { RecordRow } from './ViewStore'
import { localDay } from './viewRecordMatcher'

/** Hosted Supabase caps a response at 1,000 rows by default (`max_rows`), so a view reads in pages of that size. */
export const PAGE_SIZE = 1000
/** Beyond this a client-side view stops reading; such tables need server-windowed views (bench scenario 2). */
export const MAX_RECORDS = 20_000

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type AnyClient = SupabaseClient<any, any, any>

/**
 * The live records of a module that a view shows: its filter and sorts compiled into one PostgREST query (which ends
 * the order with the id, so paging with offsets is stable).
 */
export async function loadViewRecords(
  client: AnyClient,
  { module, workspaceId, query }: { module: ModuleDefinition; workspaceId: string; query: ViewQuery },
): Promise<RecordRow[]> {
  const rows: RecordRow[] = []
  for (let from = 0; from < MAX_RECORDS; from += PAGE_SIZE) {
    let builder = client.from(module.table).select('*')
    if (query.range) builder = applyRange(builder, query.range, query.fields)
    builder = compileViewQuery(builder, { filter: query.filter, sorts: query.sorts }, query.fields, {
      workspaceId,
      ...(query.context ? { context: query.context } : {}),
      ...(query.defaultSorts ? { defaultSorts: query.defaultSorts } : {}),
    })
    const { data, error } = await builder.range(from, from + PAGE_SIZE - 1)
    if (error) throw error
    const page = (data ?? []) as RecordRow[]
    rows.push(...page)
    if (page.length < PAGE_SIZE) break
  }
  return rows
}

/** One record by id (live or not yet deleted), or null when it is gone or hidden by row-level security. */
export async function fetchOneRecord(client: AnyClient, module: ModuleDefinition, id: string): Promise<RecordRow | null> {
  const { data, error } = await client.from(module.table).select('*').eq('id', id).is('deleted_at', null).maybeSingle()
  if (error) throw error
  return (data as RecordRow | null) ?? null
}

export interface DateRangeQuery {
  startField: string
  endField?: string | undefined
  start: Date
  end: Date
}

/**
 * Calendar and timeline views read only records overlapping the range they show. Bounds are local calendar days
 * widened by one day: date columns compare exactly and timestamps stay inside a range the renderer already pads.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
function applyRange<B extends { lt: any; gte: any; or: any }>(builder: B, range: DateRangeQuery, fields: readonly FieldDefinition[]): B {
  const start = fields.find((field) => field.key === range.startField)
  if (!start) return builder
  const end = range.endField ? fields.find((field) => field.key === range.endField) : undefined
  const from = localDay(range.start, -1)
  const to = localDay(range.end, 1)
  const startPath = fieldPath(start, true)
  let next = builder.lt(startPath, to) as B
  if (!end) return next.gte(startPath, from) as B
  const endPath = fieldPath(end, true)
  next = next.or(`${endPath}.gte.${from},and(${endPath}.is.null,${startPath}.gte.${from})`) as B
  return next
}

