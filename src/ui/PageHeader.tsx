import type { ReactNode } from 'react'
import './PageHeader.css'

export interface PageHeaderProps {
  title: string
  /** Id of the heading, for a region that is labelled by it. */
  titleId?: string
  /** Small line above the title, e.g. where the page sits. */
  eyebrow?: ReactNode
  description?: ReactNode
  actions?: ReactNode
}

export function PageHeader({ title, titleId, eyebrow, description, actions }: PageHeaderProps) {
  return (
    <header className="ui-page-header">
      <div>
        {eyebrow && <p className="ui-page-header__eyebrow">{eyebrow}</p>}
        <h1 id={titleId} className="ui-page-header__title">{title}</h1>
        {description && <p className="ui-page-header__description">{description}</p>}
      </div>
      {actions && <div>{actions}</div>}
    </header>
  )
}
