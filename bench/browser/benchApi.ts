// The contract between a bench page (in Chromium) and its scenario (in Node): the page sets `window.__bench` once its
// data is generated; the scenario calls `run()` through page.evaluate and gets plain numbers back.

export interface ListFigures {
  rows: number
  layoutMs: number
  firstPaintMs: number
  domNodes: number
  sortMs: number[]
  filterMs: number[]
  /** Time in the store (filter + layout) for each sort and filter step, in the same order as above. */
  sortStoreMs: number[]
  filterStoreMs: number[]
  scrollIntervals: number[]
  jumpIntervals: number[]
  renderedRows: number
}

export interface BoardFigures {
  cards: number
  columns: number
  firstRenderMs: number
  domNodes: number
  renderedCards: number
}

export interface CalendarFigures {
  events: number
  firstPaintMs: number
  domNodes: number
  eventElements: number
  navigateMs: number[]
}

export interface BenchApi {
  ready: boolean
  run(): Promise<ListFigures | BoardFigures | CalendarFigures>
  /** Board only: card renders counted since the last call (React commits inspected through the DevTools hook). */
  takeCardRenders?(): { renders: Record<string, number>; mounts: Record<string, number>; commits: number }
  /** Board only: waits until the last input has been handled and painted. */
  painted?(): Promise<number>
}

declare global {
  interface Window {
    __bench?: BenchApi
  }
}
