import type { ViewType } from './savedView'
import type { ViewRenderer } from './ViewRenderer'

// Each renderer's options type differs; the host parses options with the renderer's own schema before handing them on.
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyViewRenderer = ViewRenderer<any>

export interface RendererEntry {
  type: ViewType
  label: string
  /** The renderer's code, a chunk of its own: the board's dnd-kit or the calendar never weigh on the first screen. */
  load(): Promise<AnyViewRenderer>
  /** Reads only the records of the date range the renderer reports (onRangeChange), never the whole table. */
  loadsByRange: boolean
  /** Keeps records in manual order (the position column) unless the view sorts them otherwise. */
  manualOrder: boolean
}

/** Every view type, registered once. A new renderer is a folder and one entry here. */
export const rendererEntries: readonly RendererEntry[] = [
  { type: 'list', label: 'List', load: () => import('../list/listRenderer').then((m) => m.listRenderer), loadsByRange: false, manualOrder: false },
  { type: 'board', label: 'Board', load: () => import('../board/boardRenderer').then((m) => m.boardRenderer), loadsByRange: false, manualOrder: true },
  { type: 'calendar', label: 'Calendar', load: () => import('../calendar/calendarRenderer').then((m) => m.calendarRenderer), loadsByRange: true, manualOrder: false },
  { type: 'timeline', label: 'Timeline', load: () => import('../timeline/timelineRenderer').then((m) => m.timelineRenderer), loadsByRange: false, manualOrder: false },
]

export function rendererEntry(type: ViewType): RendererEntry {
  const entry = rendererEntries.find((candidate) => candidate.type === type)
  if (!entry) throw new Error(`No renderer is registered for view type "${type}"`)
  return entry
}

const loaded = new Map<ViewType, Promise<AnyViewRenderer>>()

/** The renderer of a view type, loaded once per page. */
export function loadRenderer(type: ViewType): Promise<AnyViewRenderer> {
  let promise = loaded.get(type)
  if (!promise) {
    promise = rendererEntry(type).load()
    // A failed chunk load (offline, a deploy replaced the files) may be retried by opening the view again.
    promise.catch(() => loaded.delete(type))
    loaded.set(type, promise)
  }
  return promise
}
