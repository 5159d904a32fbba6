import type { ReactNode } from 'react'
import './Table.css'

export interface TableProps {
  /** Names the table for assistive technology; hidden visually because the page heading says it. */
  caption: string
  children: ReactNode
}

/** A plain styled table; columns and rows stay ordinary <thead>/<tbody> markup. Right-align numbers with `tableNumberClass`. */
export function Table({ caption, children }: TableProps) {
  return (
    <div className="ui-table-wrap">
      <table className="ui-table">
        <caption className="ui-visually-hidden">{caption}</caption>
        {children}
      </table>
    </div>
  )
}

export const tableNumberClass = 'ui-table__number'
