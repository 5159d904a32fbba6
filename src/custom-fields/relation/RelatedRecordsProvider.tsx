import { createContext, useContext, type ReactNode } from 'react'

export interface RelatedRecord {
  id: string
  title: string
}

/** Titles of records other modules point at, by module key ("productions" → [{ id, title }]). */
export type RelatedRecords = Readonly<Record<string, readonly RelatedRecord[]>>

const RelatedRecordsContext = createContext<RelatedRecords>({})

/** The app provides the titles of the records relation fields can point at; without it, cells show "Record". */
export function RelatedRecordsProvider({ records, children }: { records: RelatedRecords; children: ReactNode }) {
  return <RelatedRecordsContext.Provider value={records}>{children}</RelatedRecordsContext.Provider>
}

export function useRelatedRecords(moduleKey: string): readonly RelatedRecord[] {
  return useContext(RelatedRecordsContext)[moduleKey] ?? []
}
