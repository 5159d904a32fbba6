import { useMemo, useRef, useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import {
  columnFilteringFeature,
  createFilteredRowModel,
  createSortedRowModel,
  rowSortingFeature,
  sortFn_basic,
  sortFn_text,
  tableFeatures,
  useTable,
  type ColumnDef,
  type ColumnFiltersState,
  type FilterFn,
  type SortingState,
} from '@tanstack/react-table'
import { useVirtualizer } from '@tanstack/react-virtual'
import type { RecordRow } from '../../src/views/store/ViewStore'
import { LIST_FIELDS } from './generateRows'
import { INITIAL_SORT, type FilterStep } from './listSteps'
import type { ListSubject } from './runListFigures'

// The bare-library baseline: TanStack Table (its own sorted and filtered row models) and TanStack Virtual on the same
// rows, plain text cells, no field types, store, selection or column features. What the libraries cost on their own.

const features = tableFeatures({
  rowSortingFeature,
  columnFilteringFeature,
  sortedRowModel: createSortedRowModel(),
  filteredRowModel: createFilteredRowModel(),
  sortFns: { basic: sortFn_basic, text: sortFn_text },
})
type Features = typeof features

const stepFilter: FilterFn<Features, RecordRow> = (row, columnId, value: FilterStep) => {
  const cell = row.getValue(columnId)
  if (value.op === 'eq') return cell === value.value
  if (value.op === 'any_of') return (value.value as string[]).includes(String(cell))
  return String(cell ?? '').toLowerCase().includes(String(value.value).toLowerCase())
}

const columns: ColumnDef<Features, RecordRow, unknown>[] = LIST_FIELDS.map((key) => ({
  id: key,
  accessorFn: (row: RecordRow) => row[key] ?? null,
  header: key,
  sortFn: key === 'title' || key === 'description' ? 'text' : 'basic',
  filterFn: stepFilter,
}))

const ROW_HEIGHT = 36

export function listBaselineSubject(rows: readonly RecordRow[], container: HTMLElement): ListSubject {
  const data = rows as RecordRow[]
  let setSorting: (sorting: SortingState) => void = () => {}
  let setFilters: (filters: ColumnFiltersState) => void = () => {}

  function BareList() {
    const [sorting, sortWith] = useState<SortingState>([{ id: INITIAL_SORT.field, desc: INITIAL_SORT.direction === 'desc' }])
    const [columnFilters, filterWith] = useState<ColumnFiltersState>([])
    setSorting = sortWith
    setFilters = filterWith
    const table = useTable({ features, columns, data, getRowId: (row: RecordRow) => row.id, state: { sorting, columnFilters } })
    const tableRows = table.getRowModel().rows
    const scrollRef = useRef<HTMLDivElement>(null)
    const virtualizer = useVirtualizer({ count: tableRows.length, getScrollElement: () => scrollRef.current, estimateSize: () => ROW_HEIGHT, overscan: 10 })
    const headers = useMemo(() => table.getHeaderGroups()[0]?.headers ?? [], [table])
    return (
      <div ref={scrollRef} className="bare-list" style={{ height: 'min(70vh, calc(100vh - 16rem))', overflow: 'auto', position: 'relative', fontSize: 14 }}>
        <div style={{ display: 'flex', position: 'sticky', top: 0, background: '#fff', zIndex: 1 }}>
          {headers.map((header) => (
            <div key={header.id} style={{ width: 180, flex: 'none', padding: '0 8px', fontWeight: 600 }}>
              {header.column.id}
            </div>
          ))}
        </div>
        <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
          {virtualizer.getVirtualItems().map((item) => {
            const row = tableRows[item.index]
            if (!row) return null
            return (
              <div key={row.id} data-bare-row="" style={{ position: 'absolute', top: 0, left: 0, display: 'flex', height: ROW_HEIGHT, transform: `translateY(${item.start}px)` }}>
                {row.getAllCells().map((cell) => (
                  <div key={cell.id} style={{ width: 180, flex: 'none', padding: '0 8px', overflow: 'hidden', whiteSpace: 'nowrap', textOverflow: 'ellipsis' }}>
                    {String(cell.getValue() ?? '')}
                  </div>
                ))}
              </div>
            )
          })}
        </div>
      </div>
    )
  }

  return {
    rows: rows.length,
    layoutMs: 0,
    mount: () => createRoot(container).render(<BareList />),
    rowSelector: '[data-bare-row]',
    scroller: () => container.querySelector<HTMLElement>('.bare-list'),
    sort: (sort) => {
      flushSync(() => setSorting([{ id: sort.field, desc: sort.direction === 'desc' }]))
      return 0
    },
    filter: (step) => {
      flushSync(() => setFilters(step ? [{ id: step.field, value: step }] : []))
      return 0
    },
  }
}
