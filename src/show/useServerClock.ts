import { useEffect, useState } from 'react'
import type { CallboardClient } from '../lib/supabase/client'
import { estimateClockOffset, type ClockSample } from './clockOffset'

/** How often the offset is measured again: device clocks drift, and a laptop that slept may have jumped. */
export const CLOCK_SYNC_EVERY_MS = 30_000
/** Round trips per measurement; the shortest bounds the error best (see estimateClockOffset). */
const SAMPLES = 5

export interface ServerClock {
  /** Database time minus this device's time, in ms; null until the first measurement. */
  offsetMs: number | null
  roundTripMs: number | null
}

/** One timed read of the database's clock. */
export async function sampleServerClock(client: CallboardClient): Promise<ClockSample> {
  const sentMs = Date.now()
  const { data, error } = await client.rpc('server_time')
  const receivedMs = Date.now()
  if (error) throw new Error(error.message)
  return { sentMs, serverMs: Date.parse(data), receivedMs }
}

/**
 * The offset between this device's clock and the database's, measured at mount and every 30 s, so that countdowns
 * computed here from the database's timestamps agree with every other screen's. A failed measurement keeps the last
 * good offset.
 */
export function useServerClock(client: CallboardClient): ServerClock {
  const [clock, setClock] = useState<ServerClock>({ offsetMs: null, roundTripMs: null })

  useEffect(() => {
    let current = true
    const measure = async () => {
      const samples: ClockSample[] = []
      try {
        for (let i = 0; i < SAMPLES; i++) samples.push(await sampleServerClock(client))
      } catch {
        if (samples.length === 0) return
      }
      if (!current) return
      try {
        setClock(estimateClockOffset(samples))
      } catch {
        // Every sample's round trip was unusable (the device clock jumped): keep the last good offset.
      }
    }
    void measure()
    const timer = setInterval(() => void measure(), CLOCK_SYNC_EVERY_MS)
    return () => {
      current = false
      clearInterval(timer)
    }
  }, [client])

  return clock
}
