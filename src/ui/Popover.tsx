import { useEffect, useId, useRef, useState, type ReactNode } from 'react'
import { Button, type ButtonProps } from './Button'
import { classNames } from './classNames'
import './Popover.css'

export interface PopoverProps {
  /** The trigger's text; also names the panel for assistive technology. */
  label: ReactNode
  /** Accessible name of the panel when `label` is not plain text. */
  panelLabel?: string
  disabled?: boolean
  /** Why the trigger is disabled, as its tooltip and description. */
  disabledReason?: string
  variant?: ButtonProps['variant']
  align?: 'start' | 'end'
  className?: string
  /** The panel's content; a function receives `close` for actions that should dismiss it. */
  children: ReactNode | ((close: () => void) => ReactNode)
}

/**
 * A button that opens a non-modal panel under it. Escape and a click outside close it and focus returns to the
 * trigger. Kept tiny on purpose: the toolbar's builders are forms, not menus, so no roving focus is needed.
 */
export function Popover({ label, panelLabel, disabled, disabledReason, variant = 'secondary', align = 'start', className, children }: PopoverProps) {
  const [open, setOpen] = useState(false)
  const rootRef = useRef<HTMLDivElement>(null)
  const triggerRef = useRef<HTMLButtonElement>(null)
  const panelId = useId()

  useEffect(() => {
    if (!open) return
    function onPointerDown(event: PointerEvent) {
      if (rootRef.current && !rootRef.current.contains(event.target as Node)) setOpen(false)
    }
    function onKeyDown(event: KeyboardEvent) {
      if (event.key !== 'Escape') return
      setOpen(false)
      triggerRef.current?.focus()
    }
    document.addEventListener('pointerdown', onPointerDown)
    document.addEventListener('keydown', onKeyDown)
    return () => {
      document.removeEventListener('pointerdown', onPointerDown)
      document.removeEventListener('keydown', onKeyDown)
    }
  }, [open])

  const close = () => setOpen(false)
  return (
    <div ref={rootRef} className={classNames('ui-popover', className)}>
      <Button
        ref={triggerRef}
        variant={variant}
        aria-expanded={open}
        aria-controls={open ? panelId : undefined}
        disabled={disabled}
        title={disabled ? disabledReason : undefined}
        onClick={() => setOpen((value) => !value)}
      >
        {label}
      </Button>
      {open && (
        <div
          id={panelId}
          role="dialog"
          aria-label={panelLabel ?? (typeof label === 'string' ? label : undefined)}
          className={classNames('ui-popover__panel', align === 'end' && 'ui-popover__panel--end')}
        >
          {typeof children === 'function' ? children(close) : children}
        </div>
      )}
    </div>
  )
}
