import type { WorkspaceSummary } from './fetchWorkspaces'

export interface OrganizationGroup {
  /** Null collects workspaces whose organization row is not visible. */
  organization: { id: string; name: string } | null
  workspaces: WorkspaceSummary[]
}

/** Groups workspaces under their organization, organizations by name, keeping the workspaces' own order within each. */
export function groupWorkspacesByOrganization(workspaces: readonly WorkspaceSummary[]): OrganizationGroup[] {
  const groups = new Map<string, OrganizationGroup>()
  for (const workspace of workspaces) {
    const key = workspace.organization?.id ?? ''
    let group = groups.get(key)
    if (!group) {
      group = { organization: workspace.organization, workspaces: [] }
      groups.set(key, group)
    }
    group.workspaces.push(workspace)
  }
  return [...groups.values()].sort(compareGroups)
}

function compareGroups(a: OrganizationGroup, b: OrganizationGroup): number {
  if (!a.organization) return 1
  if (!b.organization) return -1
  return a.organization.name.localeCompare(b.organization.name)
}
