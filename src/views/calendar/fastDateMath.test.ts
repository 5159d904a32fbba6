import { format, getDay, startOfWeek } from 'date-fns'
import { enUS } from 'date-fns/locale'
import dateFnsLocalizerModule from 'react-big-calendar/lib/localizers/date-fns'
import { afterAll, describe, expect, it } from 'vitest'
import { cjsDefault } from './cjsDefault'
import { withFastDateMath } from './fastDateMath'

// The fast date math must answer exactly as react-big-calendar's own (date-arithmetic) in any time zone, around
// daylight-saving changes too: Santiago skips midnight, London repeats an hour, Lord Howe shifts by half an hour.
const make = () => cjsDefault(dateFnsLocalizerModule)({ format, startOfWeek, getDay, locales: { 'en-US': enUS } })
type Math = Record<string, (...args: never[]) => unknown>

const savedZone = process.env.TZ
afterAll(() => {
  if (savedZone === undefined) delete process.env.TZ
  else process.env.TZ = savedZone
})

function random(seed: number): () => number {
  let state = seed
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2_147_483_648
    return state / 2_147_483_648
  }
}

/** Dates near DST changes and midnights of 2026, plus whole days (all-day events start at midnight). */
function datesFor(seed: number, count: number): Date[] {
  const next = random(seed)
  const anchors = [Date.UTC(2026, 3, 5, 3), Date.UTC(2026, 8, 6, 4), Date.UTC(2026, 2, 29, 1), Date.UTC(2026, 9, 25, 1), Date.UTC(2026, 10, 1)]
  return Array.from({ length: count }, (_, index) => {
    const base = anchors[index % anchors.length] as number
    const date = new Date(base + Math.round((next() - 0.5) * 4 * 86_400_000))
    if (next() < 0.3) date.setHours(0, 0, 0, 0)
    if (next() < 0.2) date.setSeconds(0, 0)
    return date
  })
}

describe.each(['UTC', 'Europe/London', 'America/Santiago', 'Australia/Lord_Howe'])('fast date math in %s', (zone) => {
  it('answers as react-big-calendar does for every method it replaces', () => {
    process.env.TZ = zone
    const slow = make() as unknown as Math
    const fast = withFastDateMath(make()) as unknown as Math
    const call = (math: Math, name: string, ...args: unknown[]) => {
      const result = (math[name] as (...a: unknown[]) => unknown)(...args)
      return result instanceof Date ? result.getTime() : result
    }
    const dates = datesFor(zone.length, 240)
    for (let i = 0; i < dates.length - 2; i++) {
      const [a, b, c] = [dates[i], dates[i + 1], dates[i + 2]] as [Date, Date, Date]
      const [start, end] = a <= b ? [a, b] : [b, a]
      for (const unit of ['day', 'minutes', 'month', 'week', undefined]) {
        expect(call(fast, 'startOf', a, unit), `startOf ${unit}`).toBe(call(slow, 'startOf', a, unit))
        for (const name of ['eq', 'neq', 'gt', 'gte', 'lt', 'lte']) expect(call(fast, name, a, b, unit), `${name} ${unit}`).toBe(call(slow, name, a, b, unit))
      }
      for (const [name, args] of [
        ['daySpan', [start, end]],
        ['isSameDate', [a, b]],
        ['continuesPrior', [start, c]],
        ['continuesAfter', [start, end, c]],
        ['continuesAfter', [start, start, start]],
        ['inEventRange', [{ event: { start, end }, range: { start: c, end: new Date(+c + 6 * 86_400_000) } }]],
        ['inEventRange', [{ event: { start, end: start }, range: { start, end: c } }]],
        ['sortEvents', [{ evtA: { start, end, allDay: i % 3 === 0 }, evtB: { start: c, end: new Date(+c + (i % 4) * 3_600_000), allDay: i % 2 === 0 } }]],
        // Same start day: the span, all-day and times decide.
        ['sortEvents', [{ evtA: { start, end }, evtB: { start, end: new Date(+start + (i % 5) * 86_400_000), allDay: i % 2 === 0 } }]],
      ] as const) {
        expect(call(fast, name, ...args), name).toBe(call(slow, name, ...args))
      }
    }
  })
})
