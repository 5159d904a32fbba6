import { useState } from 'react'
import { flushSync } from 'react-dom'
import { createRoot } from 'react-dom/client'
import { tasksModule } from '../../src/modules/tasksModule'
import { loadRenderer } from '../../src/views/engine/registry'
import type { SavedView } from '../../src/views/engine/savedView'
import type { FilterGroup, Sort } from '../../src/views/query/filterTree'
import type { ViewQuery } from '../../src/views/store/ViewQuery'
import type { RecordRow } from '../../src/views/store/ViewStore'
import { BenchProviders } from './benchProviders'
import { benchView } from './benchView'
import { LIST_FIELDS } from './generateRows'
import { INITIAL_SORT, type FilterStep } from './listSteps'
import { memoryViewStore } from './memoryViewStore'
import type { ListSubject } from './runListFigures'

const noop = () => {}

/** The app's list renderer (loaded through the registry, as RendererHost loads it) over a store of `rows`. */
export async function listRendererSubject(rows: readonly RecordRow[], container: HTMLElement): Promise<ListSubject> {
  const renderer = await loadRenderer('list')
  const fields = tasksModule.fields
  // The ten columns shown; the module's other fields stay hidden, as in a saved view that picked these.
  const initialView = benchView('list', 'Bench list', {
    sorts: [INITIAL_SORT],
    fields: LIST_FIELDS.map((key) => ({ key, visible: true })),
  })
  const queryOf = (view: SavedView): ViewQuery => ({ fields, filter: view.filter, sorts: view.sorts, groupBy: null })

  let t = performance.now()
  const store = memoryViewStore(tasksModule, rows, queryOf(initialView))
  const layoutMs = performance.now() - t
  let setView: (view: SavedView) => void = noop
  let view = initialView

  function Bench() {
    const [current, set] = useState(initialView)
    setView = set
    const options = renderer.optionsSchema.parse(current.options)
    return (
      <BenchProviders>
        <renderer.Component
          module={tasksModule}
          fields={fields}
          view={current}
          options={options}
          store={store}
          canEdit
          canChangeView
          onOpenRecord={noop}
          onOptionsChange={noop}
          onFieldsChange={noop}
        />
      </BenchProviders>
    )
  }

  // A toolbar change does both: the saved view changes (header shows the new sort) and the store re-queries.
  function change(next: SavedView): number {
    view = next
    let storeMs = 0
    flushSync(() => {
      setView(next)
      t = performance.now()
      store.configure(queryOf(next))
      storeMs = performance.now() - t
    })
    return storeMs
  }

  return {
    rows: rows.length,
    layoutMs,
    mount: () => createRoot(container).render(<Bench />),
    rowSelector: '[role="row"][data-record-id]',
    scroller: () => container.querySelector<HTMLElement>('.list-view__scroller'),
    sort: (sort: Sort) => change({ ...view, sorts: [sort] }),
    filter: (step: FilterStep | null) => change({ ...view, filter: step ? filterTree(step) : null }),
  }
}

function filterTree(step: FilterStep): FilterGroup {
  return { kind: 'group', id: 'f', conjunction: 'and', children: [{ kind: 'condition', id: 'f.0', field: step.field, operator: step.op, value: step.value }] }
}
