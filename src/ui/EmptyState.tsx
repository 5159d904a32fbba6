import type { ReactNode } from 'react'
import './EmptyState.css'

export interface EmptyStateProps {
  title: string
  children?: ReactNode
}

export function EmptyState({ title, children }: EmptyStateProps) {
  return (
    <div className="ui-empty">
      <h2 className="ui-empty__title">{title}</h2>
      {children}
    </div>
  )
}
