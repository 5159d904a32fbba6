import type { WorkspaceSummary } from './fetchWorkspaces'

/**
 * Which workspace to open straight after sign-in, or null to show the picker: the one opened last
 * time if the user can still see it, otherwise the only one they have.
 */
export function chooseLandingWorkspace(workspaces: readonly Pick<WorkspaceSummary, 'id'>[], lastWorkspaceId: string | null): string | null {
  if (lastWorkspaceId && workspaces.some((workspace) => workspace.id === lastWorkspaceId)) return lastWorkspaceId
  const [only, ...others] = workspaces
  return only && others.length === 0 ? only.id : null
}
