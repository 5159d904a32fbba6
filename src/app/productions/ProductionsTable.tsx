import { formatCurrency } from '../../lib/format/formatCurrency'
import { formatDate } from '../../lib/format/formatDate'
import { productionStatuses } from '../../modules/productionStatuses'
import { EmptyValue } from '../../ui/EmptyValue'
import { Pill } from '../../ui/Pill'
import { Table, tableNumberClass } from '../../ui/Table'
import type { ProductionListItem } from './fetchProductions'

export interface ProductionsTableProps {
  productions: readonly ProductionListItem[]
  /** ISO 4217 code of the workspace, or null to show budgets as plain amounts. */
  currency: string | null
}

export function ProductionsTable({ productions, currency }: ProductionsTableProps) {
  return (
    <Table caption="Productions">
      <thead>
        <tr>
          <th scope="col">Name</th>
          <th scope="col">Code</th>
          <th scope="col">Status</th>
          <th scope="col">Venue</th>
          <th scope="col">Start</th>
          <th scope="col">End</th>
          <th scope="col" className={tableNumberClass}>
            Budget
          </th>
        </tr>
      </thead>
      <tbody>
        {productions.map((production) => {
          const status = productionStatuses[production.status]
          return (
            <tr key={production.id}>
              <th scope="row">{production.name}</th>
              <td>{production.code ?? <EmptyValue />}</td>
              <td>
                {/* An unknown status (a newer server) still shows, in neutral. */}
                <Pill tone={status?.tone ?? 'neutral'}>{status?.label ?? production.status}</Pill>
              </td>
              <td>{production.venue ?? <EmptyValue />}</td>
              <td>{formatDate(production.start_date) ?? <EmptyValue />}</td>
              <td>{formatDate(production.end_date) ?? <EmptyValue />}</td>
              <td className={tableNumberClass}>{formatCurrency(production.budget, currency) ?? <EmptyValue />}</td>
            </tr>
          )
        })}
      </tbody>
    </Table>
  )
}
