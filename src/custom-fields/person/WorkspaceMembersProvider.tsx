import { createContext, useContext, useMemo, type ReactNode } from 'react'

export interface WorkspaceMember {
  /** The profile id: what a person field stores. */
  id: string
  name: string
  email?: string | null
  avatarUrl?: string | null
}

export interface WorkspaceMembers {
  members: readonly WorkspaceMember[]
  byId: ReadonlyMap<string, WorkspaceMember>
}

const empty: WorkspaceMembers = { members: [], byId: new Map() }
const WorkspaceMembersContext = createContext<WorkspaceMembers>(empty)

/**
 * Who is in the workspace, for person cells, editors and group labels. The app fetches the members once per workspace
 * and provides them here; without a provider, people show as their ids.
 */
export function WorkspaceMembersProvider({ members, children }: { members: readonly WorkspaceMember[]; children: ReactNode }) {
  const value = useMemo(() => ({ members, byId: new Map(members.map((m) => [m.id, m])) }), [members])
  return <WorkspaceMembersContext.Provider value={value}>{children}</WorkspaceMembersContext.Provider>
}

export function useWorkspaceMembers(): WorkspaceMembers {
  return useContext(WorkspaceMembersContext)
}
