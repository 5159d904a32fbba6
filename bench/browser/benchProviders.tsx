import type { ReactNode } from 'react'
import { WorkspaceMembersProvider } from '../../src/custom-fields/person/WorkspaceMembersProvider'
import { RelatedRecordsProvider } from '../../src/custom-fields/relation/RelatedRecordsProvider'
import { benchMembers, benchProductions } from './generateRows'

const related = { productions: benchProductions }

/** What the app provides around a view: member names for person cells, production titles for relation cells. */
export function BenchProviders({ children }: { children: ReactNode }) {
  return (
    <WorkspaceMembersProvider members={benchMembers}>
      <RelatedRecordsProvider records={related}>{children}</RelatedRecordsProvider>
    </WorkspaceMembersProvider>
  )
}
