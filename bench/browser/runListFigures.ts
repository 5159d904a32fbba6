import type { ListFigures } from './benchApi'
import { FILTER_STEPS, SORT_STEPS, type FilterStep } from './listSteps'
import type { Sort } from '../../src/views/query/filterTree'
import { domNodes, nextPaint, paintWhen, scrollFrames, settle } from './paint'

/** What a list page under test offers: the renderer or the bare-library baseline, behind the same steps. */
export interface ListSubject {
  rows: number
  /** Time spent building the initial layout (sorting 100k rows) before mounting. */
  layoutMs: number
  mount(): void
  rowSelector: string
  scroller(): HTMLElement | null
  /** Applies a sort synchronously (flushSync) and returns the time spent outside React (store work), if any. */
  sort(sort: Sort): number
  filter(step: FilterStep | null): number
}

/** The measurement sequence of issue 4's list bench, identical for both subjects. */
export async function runListFigures(subject: ListSubject): Promise<ListFigures> {
  await settle()
  const start = performance.now()
  subject.mount()
  const painted = await paintWhen(() => document.querySelector(subject.rowSelector) !== null)
  if (painted === null) throw new Error('the list never showed a row')
  const firstPaintMs = painted - start
  await settle()
  const nodes = domNodes()
  const renderedRows = document.querySelectorAll(subject.rowSelector).length

  performance.mark('bench:sort')
  const sortMs: number[] = []
  const sortStoreMs: number[] = []
  for (const sort of SORT_STEPS) {
    await settle(5)
    const t0 = performance.now()
    sortStoreMs.push(subject.sort(sort))
    sortMs.push((await nextPaint()) - t0)
  }
  performance.mark('bench:filter')
  const filterMs: number[] = []
  const filterStoreMs: number[] = []
  for (const step of FILTER_STEPS) {
    await settle(5)
    const t0 = performance.now()
    filterStoreMs.push(subject.filter(step))
    filterMs.push((await nextPaint()) - t0)
  }

  subject.filter(null)
  const scroller = subject.scroller()
  if (!scroller) throw new Error('no scroll container')
  scroller.scrollTop = 0
  await settle()
  performance.mark('bench:scroll')
  // A steady fast scroll (about 16 rows a frame, as a flick of the wheel), then scrollbar jumps of 3,000 px a frame.
  const scrollIntervals = await scrollFrames(scroller, 600, 240)
  await settle()
  performance.mark('bench:jumps')
  const jumpIntervals = await scrollFrames(scroller, 3000, 120)
  performance.mark('bench:end')
  return { rows: subject.rows, layoutMs: subject.layoutMs, firstPaintMs, domNodes: nodes, sortMs, filterMs, sortStoreMs, filterStoreMs, scrollIntervals, jumpIntervals, renderedRows }
}
