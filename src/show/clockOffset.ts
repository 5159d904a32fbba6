/** One timed round trip to the database: this device's Date.now() when sent and received, the server's time between. */
export interface ClockSample {
  sentMs: number
  serverMs: number
  receivedMs: number
}

/**
 * How far the database's clock is ahead of this device's (NTP style), from the sample with the shortest round trip:
 * the server read its clock somewhere inside the trip, so half the trip bounds the error and the shortest trip bounds
 * it best. Samples with a negative round trip (the device's clock was set back mid-trip) say nothing and are skipped.
 * Throws when no sample is usable, rather than returning an offset of 0 that would look measured.
 */
export function estimateClockOffset(samples: readonly ClockSample[]): { offsetMs: number; roundTripMs: number } {
  if (samples.length === 0) throw new Error('estimateClockOffset needs at least one clock sample')
  let best: { sample: ClockSample; roundTripMs: number } | null = null
  for (const sample of samples) {
    const roundTripMs = sample.receivedMs - sample.sentMs
    // `!(>= 0)` also drops NaN from a sample that was never completed.
    if (!(roundTripMs >= 0)) continue
    // On a tie the later sample wins: it is the fresher reading of a clock that may drift.
    if (best === null || roundTripMs <= best.roundTripMs) best = { sample, roundTripMs }
  }
  if (best === null) {
    throw new Error(`estimateClockOffset: none of the ${samples.length} clock samples has a usable round trip (the device clock jumped back)`)
  }
  return { offsetMs: best.sample.serverMs - (best.sample.sentMs + best.roundTripMs / 2), roundTripMs: best.roundTripMs }
}

/** The database's time now, from this device's clock and the measured offset. */
export function serverNow(offsetMs: number, localNowMs = Date.now()): number {
  return localNowMs + offsetMs
}
