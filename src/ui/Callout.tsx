import type { ReactNode } from 'react'
import './Callout.css'

export interface CalloutProps {
  tone: 'info' | 'warning' | 'danger'
  title?: string
  children?: ReactNode
  actions?: ReactNode
}

/** A message block. Danger is announced at once (role=alert); the others wait politely (role=status). */
export function Callout({ tone, title, children, actions }: CalloutProps) {
  return (
    <div role={tone === 'danger' ? 'alert' : 'status'} className={`ui-callout ui-callout--${tone}`}>
      {title && <p className="ui-callout__title">{title}</p>}
      {children && <div>{children}</div>}
      {actions && <div className="ui-callout__actions">{actions}</div>}
    </div>
  )
}
