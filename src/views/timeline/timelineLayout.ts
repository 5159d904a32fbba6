/** Fixed sizes of the timeline grid, in pixels: every row has the same height so rows window by index. */
export const LABEL_WIDTH = 200
export const HEADER_HEIGHT = 48
export const ROW_HEIGHT = 36
/** Bars narrower than this (an hour at month zoom) are widened so they can be seen and grabbed. */
export const MIN_BAR_WIDTH = 6
/** Used for windowing until the scroller has been measured (and in jsdom, which has no layout). */
export const FALLBACK_VIEWPORT = { width: 1200, height: 720 }
/** A pointer must travel this far before a press becomes a drag (so a click still opens the record). */
export const DRAG_THRESHOLD_PX = 4
