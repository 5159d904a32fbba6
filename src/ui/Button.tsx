import type { ComponentPropsWithRef, MouseEvent } from 'react'
import { classNames } from './classNames'
import { Spinner } from './Spinner'
import './Button.css'

export interface ButtonProps extends ComponentPropsWithRef<'button'> {
  variant?: 'primary' | 'secondary' | 'ghost'
  /** Shows a spinner and ignores clicks while work is under way. */
  busy?: boolean
}

export function Button({ variant = 'secondary', busy = false, type = 'button', className, onClick, children, ...rest }: ButtonProps) {
  // Busy uses aria-disabled rather than disabled: a disabled button drops keyboard focus mid-action.
  // Cancelling the click also cancels implicit form submission (Enter in a field clicks the default button).
  function handleClick(event: MouseEvent<HTMLButtonElement>) {
    if (busy) {
      event.preventDefault()
      return
    }
    onClick?.(event)
  }

  return (
    <button
      type={type}
      className={classNames('ui-button', `ui-button--${variant}`, className)}
      aria-busy={busy || undefined}
      aria-disabled={busy || undefined}
      onClick={handleClick}
      {...rest}
    >
      {busy && <Spinner size="small" />}
      {children}
    </button>
  )
}
