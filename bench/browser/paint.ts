// Frame helpers for the bench pages. "Painted" means: the frame that shows the change has run its rAF callbacks,
// style, layout and paint; a message posted from that rAF is delivered only after the frame is done.

export function nextFrame(): Promise<number> {
  return new Promise((resolve) => requestAnimationFrame(resolve))
}

/** Resolves (with performance.now()) once the next frame has been produced. */
export function nextPaint(): Promise<number> {
  return new Promise((resolve) =>
    requestAnimationFrame(() => {
      const channel = new MessageChannel()
      channel.port1.onmessage = () => resolve(performance.now())
      channel.port2.postMessage(null)
    }),
  )
}

/** Waits frame by frame until `ready()` holds at a frame, then until that frame is painted; null after `maxMs`. */
export async function paintWhen(ready: () => boolean, maxMs = 20_000): Promise<number | null> {
  const start = performance.now()
  while (performance.now() - start < maxMs) {
    const time = await nextPaint()
    if (ready()) return time
  }
  return null
}

export function domNodes(): number {
  return document.querySelectorAll('*').length
}

/**
 * Scrolls `element` by `step` pixels in every frame for `frames` frames (wrapping at the end) and returns the
 * intervals between consecutive frames: a frame that took too long to render shows up as a long interval.
 */
export function scrollFrames(element: HTMLElement, step: number, frames: number): Promise<number[]> {
  return new Promise((resolve) => {
    const intervals: number[] = []
    let last: number | null = null
    const tick = (time: number) => {
      if (last !== null) intervals.push(time - last)
      last = time
      if (intervals.length >= frames) {
        resolve(intervals)
        return
      }
      const max = element.scrollHeight - element.clientHeight
      element.scrollTop = element.scrollTop + step > max ? 0 : element.scrollTop + step
      requestAnimationFrame(tick)
    }
    requestAnimationFrame(tick)
  })
}

/** Lets garbage from the previous step settle a little so it is not billed to the next measurement. */
export async function settle(frames = 10): Promise<void> {
  for (let i = 0; i < frames; i++) await nextFrame()
}
