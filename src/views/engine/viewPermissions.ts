import type { SavedView } from './savedView'

export type WorkspaceRole = 'admin' | 'member' | 'viewer'

export interface Viewer {
  userId: string
  role: WorkspaceRole | null
}

export interface ViewPermissions {
  /** Records may be edited, moved and added through this view. */
  canEditRecords: boolean
  /** Filter, sorts, grouping, fields and options may be changed (and saved) by this user. */
  canChangeView: boolean
  canDeleteView: boolean
  /** Only workspace admins lock and unlock. */
  canLock: boolean
  /** Switching between shared and personal: the owner only (a personal view must stay visible to whoever writes it). */
  canShare: boolean
  /** Why changes are disabled, for the user; null when they are not. */
  reason: string | null
}

/**
 * What a user may do with a view, mirroring the `views` and module-table policies so the UI never offers an action
 * the server will refuse: viewers only read; a locked view changes (and is edited through) only by admins.
 */
export function viewPermissions(view: Pick<SavedView, 'isLocked' | 'isShared' | 'ownerId'>, viewer: Viewer): ViewPermissions {
  const writer = viewer.role === 'admin' || viewer.role === 'member'
  const admin = viewer.role === 'admin'
  const visibleToWrite = view.isShared || view.ownerId === viewer.userId
  const unlocked = !view.isLocked || admin
  const canChangeView = writer && visibleToWrite && unlocked
  return {
    canEditRecords: writer && unlocked,
    canChangeView,
    canDeleteView: canChangeView,
    canLock: admin && visibleToWrite,
    canShare: canChangeView && view.ownerId === viewer.userId,
    reason: !writer
      ? 'You have view-only access to this workspace.'
      : !unlocked
        ? 'This view is locked. Only workspace admins can change it.'
        : null,
  }
}

export function canCreateViews(viewer: Viewer): boolean {
  return viewer.role === 'admin' || viewer.role === 'member'
}
