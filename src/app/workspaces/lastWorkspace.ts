// Keyed by user, because a shared browser (a stage-management laptop) sees several people sign in.
const keyFor = (userId: string) => `callboard:last-workspace:${userId}`

export function readLastWorkspaceId(userId: string): string | null {
  try {
    return window.localStorage.getItem(keyFor(userId))
  } catch {
    return null // storage disabled (private mode, policy): remembering is a convenience, not a requirement
  }
}

export function rememberLastWorkspaceId(userId: string, workspaceId: string): void {
  try {
    window.localStorage.setItem(keyFor(userId), workspaceId)
  } catch {
    // see readLastWorkspaceId
  }
}
