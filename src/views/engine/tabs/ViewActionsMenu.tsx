import { useState, type FormEvent } from 'react'
import { Button } from '../../../ui/Button'
import { Popover } from '../../../ui/Popover'
import { TextField } from '../../../ui/TextField'
import type { SavedView } from '../savedView'
import type { ViewPermissions } from '../viewPermissions'

export interface ViewActionsMenuProps {
  view: SavedView
  permissions: ViewPermissions
  canCreate: boolean
  /** Whether the tab can move one place left / right (absent: it cannot move at all). */
  movable?: { left: boolean; right: boolean }
  onMove?(delta: -1 | 1): void
  onDuplicate(view: SavedView): void
  onUpdate(view: SavedView): void
  onDelete(view: SavedView): void
}

/**
 * Rename, move, duplicate, share, lock and delete the open view, each offered only when the server would allow it.
 * Moving keeps the menu open, so a tab can be walked several places from the keyboard.
 */
export function ViewActionsMenu({ view, permissions, canCreate, movable, onMove, onDuplicate, onUpdate, onDelete }: ViewActionsMenuProps) {
  const [name, setName] = useState(view.name)
  const [confirming, setConfirming] = useState(false)
  return (
    <Popover label="View actions" panelLabel={`Actions for ${view.name}`} variant="ghost">
      {(close) => {
        const rename = (event: FormEvent) => {
          event.preventDefault()
          if (name.trim() && name.trim() !== view.name) onUpdate({ ...view, name: name.trim() })
          close()
        }
        return (
          <div className="view-tabs__actions">
            {permissions.reason && <p className="ui-muted">{permissions.reason}</p>}
            {permissions.canChangeView && (
              <form className="view-tabs__form" onSubmit={rename}>
                <TextField label="Name" value={name} onChange={(event) => setName(event.target.value)} />
                <Button type="submit">Rename</Button>
              </form>
            )}
            {permissions.canChangeView && movable && onMove && (movable.left || movable.right) && (
              <div className="view-tabs__move" role="group" aria-label="Tab order">
                <Button disabled={!movable.left} onClick={() => onMove(-1)}>
                  ← Move left
                </Button>
                <Button disabled={!movable.right} onClick={() => onMove(1)}>
                  Move right →
                </Button>
              </div>
            )}
            {canCreate && (
              <Button onClick={() => (onDuplicate(view), close())}>Duplicate</Button>
            )}
            {permissions.canShare && (
              <Button onClick={() => (onUpdate({ ...view, isShared: !view.isShared }), close())}>
                {view.isShared ? 'Make personal' : 'Share with workspace'}
              </Button>
            )}
            {permissions.canLock && (
              <Button onClick={() => (onUpdate({ ...view, isLocked: !view.isLocked }), close())}>{view.isLocked ? 'Unlock view' : 'Lock view'}</Button>
            )}
            {permissions.canDeleteView &&
              (confirming ? (
                <Button variant="primary" onClick={() => (onDelete(view), setConfirming(false), close())}>
                  Delete “{view.name}” for everyone
                </Button>
              ) : (
                <Button onClick={() => setConfirming(true)}>Delete view…</Button>
              ))}
          </div>
        )
      }}
    </Popover>
  )
}
