import { useCallback, useMemo, useState, type ReactNode } from 'react'
import { useStore } from 'zustand'
import { addDays, dayInZone } from '../../custom-fields/shared/dates'
import type { LaneSummaryKey, ModuleDefinition } from '../../modules/ModuleDefinition'
import { findModule as findRegisteredModule } from '../../modules/registry'
import type { AnyClient, DayRange } from '../../scheduling/laneSummaryProvider'
import { summarizeLanes } from '../../scheduling/laneSummaryProviders'
import { useRefreshingFetch } from '../../scheduling/useRefreshingFetch'
import type { ViewStoreApi } from '../store/ViewStore'
import { LaneSummariesContext, type LanesShown } from './useLaneSummaries'

/** The scheduling reports refuse longer ranges (private.require_day_range): a very wide month view is cut short. */
const MAX_RANGE_DAYS = 400

const noSummaries: ReadonlyMap<string, ReactNode> = new Map()

export interface LaneSummariesProviderProps {
  client: AnyClient
  workspaceId: string
  /** The workspace's IANA zone: the days the reports are asked for. */
  timeZone: string
  /** The mounted view's store: a change to its rows (live ones included) asks again. */
  store: ViewStoreApi
  /** Where a relation's target module is looked up (the registry; tests pass fixtures). */
  findModule?: (key: string) => ModuleDefinition | undefined
  children: ReactNode
}

/** The summary the lanes' module declares, when the lanes are a relation to one that does. */
function laneSummaryOf(lanes: LanesShown | null, findModule: (key: string) => ModuleDefinition | undefined): LaneSummaryKey | null {
  if (!lanes || lanes.field.type !== 'relation') return null
  const target = (lanes.field.config as { module?: unknown } | null)?.module
  return typeof target === 'string' ? (findModule(target)?.laneSummary ?? null) : null
}

/** The workspace days the instants [start, end) touch, at most MAX_RANGE_DAYS apart. */
function workspaceDays(start: Date, end: Date, timeZone: string): DayRange {
  const from = dayInZone(start, timeZone)
  const last = dayInZone(new Date(Math.max(start.getTime(), end.getTime() - 1)), timeZone)
  const cap = addDays(from, MAX_RANGE_DAYS)
  return { from, to: last > cap ? cap : last }
}

/**
 * Fetches the lane summaries of the mounted view's renderer: the renderer reports its lanes' field and the time on
 * screen; when the field is a relation to a module with a `laneSummary`, one request brings every lane's summary for
 * those days (in the workspace's time zone), again when the days change and when the view's rows do (debounced). A
 * failed request shows nothing: the summaries are an aside, the schedule works without them.
 */
export function LaneSummariesProvider({ client, workspaceId, timeZone, store, findModule = findRegisteredModule, children }: LaneSummariesProviderProps) {
  const [lanes, setLanes] = useState<LanesShown | null>(null)
  const reportLanes = useCallback((next: LanesShown | null) => {
    setLanes((current) => (sameLanes(current, next) ? current : next))
  }, [])

  const summary = laneSummaryOf(lanes, findModule)
  const range = lanes && summary ? workspaceDays(lanes.start, lanes.end, timeZone) : null
  const records = useStore(store, (state) => state.records)
  const key = summary && range ? `${summary}|${workspaceId}|${range.from}|${range.to}` : null
  const { state } = useRefreshingFetch(
    key,
    () => (summary && range ? summarizeLanes(summary, client, workspaceId, { range, timeZone }) : Promise.resolve(noSummaries)),
    records,
  )

  const summaries = key !== null && state.status === 'ready' ? state.value : noSummaries
  const value = useMemo(() => ({ reportLanes, summaries }), [reportLanes, summaries])
  return <LaneSummariesContext.Provider value={value}>{children}</LaneSummariesContext.Provider>
}

function sameLanes(a: LanesShown | null, b: LanesShown | null): boolean {
  if (a === null || b === null) return a === b
  return a.field === b.field && a.start.getTime() === b.start.getTime() && a.end.getTime() === b.end.getTime()
}
