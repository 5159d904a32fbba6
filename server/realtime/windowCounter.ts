/**
 * Counts events in a sliding window (two fixed buckets, weighted), enough to tell "over N per second" without
 * keeping a timestamp per event.
 */
export class WindowCounter {
  private bucketStart = 0
  private current = 0
  private previous = 0

  constructor(
    private readonly limit: number,
    private readonly windowMs: number,
  ) {}

  /** Counts one event at `now`; false when it would exceed the limit (the event is then not counted). */
  hit(now: number): boolean {
    this.roll(now)
    const elapsed = (now - this.bucketStart) / this.windowMs
    const estimate = this.previous * (1 - elapsed) + this.current
    if (estimate + 1 > this.limit) return false
    this.current++
    return true
  }

  private roll(now: number): void {
    if (now - this.bucketStart < this.windowMs) return
    const windows = Math.floor((now - this.bucketStart) / this.windowMs)
    this.previous = windows === 1 ? this.current : 0
    this.current = 0
    this.bucketStart += windows * this.windowMs
    if (this.bucketStart > now || now - this.bucketStart >= this.windowMs) this.bucketStart = now
  }
}

/** Fixed window, as realtime's client presence limit: at most `max` calls per window starting at the first. */
export class FixedWindowLimit {
  private resetAt = -Infinity
  private count = 0

  constructor(
    private readonly max: number,
    private readonly windowMs: number,
  ) {}

  hit(now: number): boolean {
    if (now > this.resetAt) {
      this.resetAt = now + this.windowMs
      this.count = 1
      return true
    }
    if (this.count >= this.max) return false
    this.count++
    return true
  }
}
