import { useEffect, useId, useRef, type ReactNode } from 'react'
import { Button } from './Button'
import './SidePanel.css'

export interface SidePanelProps {
  title: string
  onClose(): void
  children: ReactNode
  /** Extra controls next to the close button. */
  actions?: ReactNode
}

/**
 * A panel docked to the right edge over the page, for details that keep the page behind visible (a record drawer).
 * Escape closes it; focus moves into it on open so keyboard users land on its content.
 */
export function SidePanel({ title, onClose, children, actions }: SidePanelProps) {
  const titleId = useId()
  const panelRef = useRef<HTMLElement>(null)
  const closeRef = useRef(onClose)
  closeRef.current = onClose

  useEffect(() => {
    panelRef.current?.focus()
    function onKeyDown(event: KeyboardEvent) {
      // An open editor handles its own Escape (cancel) and stops it there.
      if (event.key === 'Escape' && !event.defaultPrevented) closeRef.current()
    }
    document.addEventListener('keydown', onKeyDown)
    return () => document.removeEventListener('keydown', onKeyDown)
  }, [])

  return (
    <aside ref={panelRef} className="ui-side-panel" role="dialog" aria-modal="false" aria-labelledby={titleId} tabIndex={-1}>
      <header className="ui-side-panel__header">
        <h2 id={titleId} className="ui-side-panel__title">
          {title}
        </h2>
        <div className="ui-side-panel__actions">
          {actions}
          <Button variant="ghost" onClick={onClose} aria-label="Close">
            ✕
          </Button>
        </div>
      </header>
      <div className="ui-side-panel__body">{children}</div>
    </aside>
  )
}
