import { classNames } from './classNames'
import './Spinner.css'

export interface SpinnerProps {
  /** Announced to screen readers; leave out when the surrounding element already says it is busy. */
  label?: string
  size?: 'small' | 'medium'
}

export function Spinner({ label, size = 'medium' }: SpinnerProps) {
  const spinner = <span className={classNames('ui-spinner', size === 'small' && 'ui-spinner--small')} aria-hidden="true" />
  if (!label) return spinner
  return (
    <span role="status">
      {spinner}
      <span className="ui-visually-hidden">{label}</span>
    </span>
  )
}
