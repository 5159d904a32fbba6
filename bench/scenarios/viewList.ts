import { percentile, type Metric, type Scenario, type ScenarioResult } from '../harness.ts'
import type { ListFigures } from '../browser/benchApi.ts'
import { benchPages, loadAverage } from '../browser/benchPages.ts'

async function figures(subject: 'renderer' | 'baseline'): Promise<ListFigures> {
  const pages = await benchPages()
  const page = await pages.open(`list.html?subject=${subject}`)
  try {
    return (await page.evaluate(() => window.__bench!.run())) as ListFigures
  } finally {
    await page.close()
  }
}

/** A frame interval as a count of 60 Hz display refreshes (headless Chromium paints at 60 Hz). */
function refreshes(intervalMs: number): number {
  return Math.round(intervalMs / (1000 / 60))
}

/** Bench (issue 4): the list renderer on 100k rows x 10 fields in headless Chromium, beside bare TanStack Table + Virtual. */
export const viewList: Scenario = {
  name: 'view-list',
  async run(): Promise<ScenarioResult> {
    const loadBefore = loadAverage()
    const ours = await figures('renderer')
    const bare = await figures('baseline')
    const sortAndFilter = [...ours.sortMs, ...ours.filterMs]
    const bareSortAndFilter = [...bare.sortMs, ...bare.filterMs]
    const metrics: Metric[] = [
      { name: 'first paint (mount -> rows painted)', value: ours.firstPaintMs, unit: 'ms', target: 800 },
      { name: 'sort or filter -> paint p95', value: percentile(sortAndFilter, 95), unit: 'ms', target: 300 },
      { name: 'sort -> paint p50', value: percentile(ours.sortMs, 50), unit: 'ms' },
      { name: 'filter -> paint p50', value: percentile(ours.filterMs, 50), unit: 'ms' },
      { name: '  of which store (filter + layout) p50', value: percentile([...ours.sortStoreMs, ...ours.filterStoreMs], 50), unit: 'ms' },
      // Frames come at whole display refreshes (16.7 ms at 60 Hz), so the 33 ms is two refreshes; measured
      // intervals carry timer jitter (33.4 ms), and the target is checked on the refresh count.
      { name: 'scroll frame p95 (600 px/frame)', value: percentile(ours.scrollIntervals, 95), unit: 'ms' },
      { name: '  in 60 Hz refreshes', value: refreshes(percentile(ours.scrollIntervals, 95)), unit: '', target: 2 },
      { name: 'scroll frame p95 (3,000 px/frame jumps)', value: percentile(ours.jumpIntervals, 95), unit: 'ms' },
      { name: '  in 60 Hz refreshes', value: refreshes(percentile(ours.jumpIntervals, 95)), unit: '', target: 2 },
      { name: 'DOM nodes after first paint', value: ours.domNodes, unit: '', target: 1400 },
      { name: 'store layout of 100k rows before mount', value: ours.layoutMs, unit: 'ms' },
      { name: 'baseline: first paint', value: bare.firstPaintMs, unit: 'ms' },
      { name: 'baseline: sort or filter -> paint p95', value: percentile(bareSortAndFilter, 95), unit: 'ms' },
      { name: 'baseline: sort -> paint p50', value: percentile(bare.sortMs, 50), unit: 'ms' },
      { name: 'baseline: filter -> paint p50', value: percentile(bare.filterMs, 50), unit: 'ms' },
      { name: 'baseline: scroll frame p95 (600 px/frame)', value: percentile(bare.scrollIntervals, 95), unit: 'ms' },
      { name: 'baseline: scroll frame p95 (3,000 px/frame)', value: percentile(bare.jumpIntervals, 95), unit: 'ms' },
      { name: 'baseline: DOM nodes', value: bare.domNodes, unit: '' },
    ]
    return {
      scenario: 'view-list',
      description: `ListView (registry chunk, memory store) on ${ours.rows.toLocaleString('en')} rows x 10 fields, Chromium 1600x1000; baseline: TanStack Table + Virtual alone`,
      metrics,
      notes: [
        `load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${loadAverage().toFixed(2)}`,
        `rows in the DOM: ${ours.renderedRows} (baseline ${bare.renderedRows}); sort/filter samples: ${sortAndFilter.length} each side`,
        `sort ms: ${ours.sortMs.map(Math.round).join(', ')}; filter ms: ${ours.filterMs.map(Math.round).join(', ')}`,
        `baseline sort ms: ${bare.sortMs.map(Math.round).join(', ')}; filter ms: ${bare.filterMs.map(Math.round).join(', ')}`,
        'sort/filter is measured from the toolbar change to paint with the rows already in memory (the server round trip of a real reload is not included; issue 2\'s rest-select covers it)',
        'the app reads at most 20,000 rows into a client-side view (loadViewRecords MAX_RECORDS); 100k rows here is the renderer under the issue\'s load, not what the app fetches today',
      ],
    }
  },
}
