import { createContext, useContext, type ReactNode } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'

/** What a renderer with lanes shows: the field its lanes are values of, and the time on screen (end exclusive). */
export interface LanesShown {
  field: FieldDefinition
  start: Date
  end: Date
}

/** Summaries for the headers of a renderer's lanes (a crew schedule's hours per person), fetched by the engine. */
export interface LaneSummariesValue {
  /** Says which lanes are on screen; null when the renderer shows none. Cheap to call with the same lanes again. */
  reportLanes(lanes: LanesShown | null): void
  /** What each lane's header shows, by group key; empty while unknown, when the lanes have no summary, or on failure. */
  summaries: ReadonlyMap<string, ReactNode>
}

const noSummaries: ReadonlyMap<string, ReactNode> = new Map()

// Apart from the provider, so a renderer reading it imports nothing that fetches.
export const LaneSummariesContext = createContext<LaneSummariesValue>({ reportLanes: () => undefined, summaries: noSummaries })

export function useLaneSummaries(): LaneSummariesValue {
  return useContext(LaneSummariesContext)
}
