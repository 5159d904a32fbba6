import type { ComponentType } from 'react'
import { EmptyValue } from '../../ui/EmptyValue'
import type { CellProps } from '../FieldType'

/** A value that opens something (a web page, a mail, a call); the click must not also open the record. */
export function linkCell<Config>(href: (value: string) => string | null, name: string): ComponentType<CellProps<string, Config>> {
  function Cell({ value }: CellProps<string, Config>) {
    if (value === null || value === '') return <EmptyValue />
    const target = href(value)
    if (target === null) return <span className="cf-cell">{value}</span>
    return (
      <a className="cf-cell cf-link" href={target} target="_blank" rel="noreferrer noopener" onClick={(e) => e.stopPropagation()}>
        {value}
      </a>
    )
  }
  Cell.displayName = name
  return Cell
}
