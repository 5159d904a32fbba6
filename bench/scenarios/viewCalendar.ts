import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import type { CalendarFigures } from '../browser/benchApi.ts'
import { benchPages, loadAverage } from '../browser/benchPages.ts'

async function figures(subject: 'renderer' | 'baseline'): Promise<CalendarFigures> {
  const pages = await benchPages()
  const page = await pages.open(`calendar.html?subject=${subject}`)
  try {
    return (await page.evaluate(() => window.__bench!.run())) as CalendarFigures
  } finally {
    await page.close()
  }
}

/** Bench (issue 4): the calendar renderer's month view with 1,000 events a month, beside react-big-calendar alone. */
export const viewCalendar: Scenario = {
  name: 'view-calendar',
  async run(): Promise<ScenarioResult> {
    const loadBefore = loadAverage()
    const ours = await figures('renderer')
    const bare = await figures('baseline')
    return {
      scenario: 'view-calendar',
      description: `CalendarView (registry chunk, memory store) month view, ${ours.events.toLocaleString('en')} events a month, Chromium 1600x1000; baseline: react-big-calendar alone`,
      metrics: [
        { name: 'first paint (mount -> events painted)', value: ours.firstPaintMs, unit: 'ms', target: 300 },
        { name: 'next/previous -> paint p95', value: percentile(ours.navigateMs, 95), unit: 'ms', target: 150 },
        { name: 'next/previous -> paint p50', value: percentile(ours.navigateMs, 50), unit: 'ms' },
        { name: 'DOM nodes', value: ours.domNodes, unit: '' },
        { name: 'baseline: first paint', value: bare.firstPaintMs, unit: 'ms' },
        { name: 'baseline: next/previous -> paint p95', value: percentile(bare.navigateMs, 95), unit: 'ms' },
        { name: 'baseline: next/previous -> paint p50', value: percentile(bare.navigateMs, 50), unit: 'ms' },
        { name: 'baseline: DOM nodes', value: bare.domNodes, unit: '' },
      ],
      notes: [
        `load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${loadAverage().toFixed(2)}`,
        `event elements drawn: ${ours.eventElements} (baseline ${bare.eventElements}); ${ours.navigateMs.length} navigations each`,
        `navigate ms: ${ours.navigateMs.map(Math.round).join(', ')}`,
        `baseline navigate ms: ${bare.navigateMs.map(Math.round).join(', ')}`,
        "the renderer's store answers each range it reports at once (no network); the navigation paint includes that reload",
      ],
    }
  },
}
