import { WEEK_STARTS_ON } from '../calendar/calendarLocale'
import { DAY_MS } from '../calendar/fieldDates'
import type { TimelineZoom } from './timelineOptions'

/**
 * The timeline's horizontal axis. Positions are day numbers (local wall-clock days since 1970-01-01, see
 * toDayNumber), so every day is exactly `PX_PER_DAY[zoom]` pixels wide, DST or not.
 */

export const PX_PER_DAY: Record<TimelineZoom, number> = { day: 48, week: 16, month: 4 }

/** Room left before the first and after the last bar, so there is somewhere to drag to. */
const PADDING_DAYS: Record<TimelineZoom, number> = { day: 14, week: 56, month: 180 }

/** The span the timeline draws, in whole day numbers, end exclusive. */
export interface DayWindow {
  startDay: number
  endDay: number
}

export interface Span {
  start: number
  end: number
}

/** The window covering today and every bar, padded and aligned to the zoom's unit (weeks, or months). */
export function timelineWindow(spans: Iterable<Span>, today: number, zoom: TimelineZoom): DayWindow {
  let min = Math.floor(today)
  let max = Math.floor(today) + 1
  for (const span of spans) {
    min = Math.min(min, Math.floor(span.start))
    max = Math.max(max, Math.ceil(span.end))
  }
  const pad = PADDING_DAYS[zoom]
  if (zoom === 'month') return { startDay: startOfMonthDay(min - pad), endDay: startOfMonthDay(max + pad, 1) }
  return { startDay: startOfWeekDay(min - pad), endDay: startOfWeekDay(max + pad) + 7 }
}

export function dayToX(day: number, window: DayWindow, zoom: TimelineZoom): number {
  return (day - window.startDay) * PX_PER_DAY[zoom]
}

export function xToDay(x: number, window: DayWindow, zoom: TimelineZoom): number {
  return window.startDay + x / PX_PER_DAY[zoom]
}

export function windowWidth(window: DayWindow, zoom: TimelineZoom): number {
  return (window.endDay - window.startDay) * PX_PER_DAY[zoom]
}

/** The first day of the week containing `day` (the week start the calendar uses). */
export function startOfWeekDay(day: number): number {
  const whole = Math.floor(day)
  // Day 0 (1970-01-01) was a Thursday (weekday 4).
  const weekday = (((whole + 4) % 7) + 7) % 7
  return whole - ((weekday - WEEK_STARTS_ON + 7) % 7)
}

/** The first day of the month containing `day`, or of a month `offset` months later. */
export function startOfMonthDay(day: number, offset = 0): number {
  const date = new Date(Math.floor(day) * DAY_MS)
  return Date.UTC(date.getUTCFullYear(), date.getUTCMonth() + offset, 1) / DAY_MS
}

export interface ScaleTick {
  startDay: number
  endDay: number
  label: string
}

export interface Scale {
  /** The upper header row: months (day and week zoom) or years (month zoom). */
  major: ScaleTick[]
  /** The lower header row: days, weeks or months. */
  minor: ScaleTick[]
}

const formatters = new Map<string, Intl.DateTimeFormat>()
function format(day: number, options: Intl.DateTimeFormatOptions, locale: string): string {
  const key = `${locale}|${JSON.stringify(options)}`
  let formatter = formatters.get(key)
  if (!formatter) {
    formatter = new Intl.DateTimeFormat(locale, { ...options, timeZone: 'UTC' })
    formatters.set(key, formatter)
  }
  return formatter.format(new Date(day * DAY_MS))
}

/** The header ticks touching [fromDay, toDay) (the scrolled-to part of the window), clipped to the window. */
export function scaleTicks(window: DayWindow, zoom: TimelineZoom, fromDay: number, toDay: number, locale = 'en-US'): Scale {
  const from = Math.max(window.startDay, Math.floor(fromDay))
  const to = Math.min(window.endDay, Math.ceil(toDay))
  const clip = (tick: ScaleTick): ScaleTick => ({ ...tick, startDay: Math.max(tick.startDay, window.startDay), endDay: Math.min(tick.endDay, window.endDay) })

  const months = (label: Intl.DateTimeFormatOptions) => {
    const ticks: ScaleTick[] = []
    for (let start = startOfMonthDay(from); start < to; start = startOfMonthDay(start, 1)) {
      ticks.push(clip({ startDay: start, endDay: startOfMonthDay(start, 1), label: format(start, label, locale) }))
    }
    return ticks
  }

  if (zoom === 'month') {
    const years: ScaleTick[] = []
    for (let start = startOfYearDay(from); start < to; start = startOfYearDay(start, 1)) {
      years.push(clip({ startDay: start, endDay: startOfYearDay(start, 1), label: format(start, { year: 'numeric' }, locale) }))
    }
    return { major: years, minor: months({ month: 'short' }) }
  }

  const minor: ScaleTick[] = []
  if (zoom === 'week') {
    for (let start = startOfWeekDay(from); start < to; start += 7) {
      minor.push(clip({ startDay: start, endDay: start + 7, label: format(start, { month: 'short', day: 'numeric' }, locale) }))
    }
  } else {
    for (let start = from; start < to; start += 1) {
      // Composed by hand: Intl orders { weekday, day } as "27 Thu" in en-US.
      const label = `${format(start, { weekday: 'short' }, locale)} ${format(start, { day: 'numeric' }, locale)}`
      minor.push({ startDay: start, endDay: start + 1, label })
    }
  }
  return { major: months({ month: 'long', year: 'numeric' }), minor }
}

function startOfYearDay(day: number, offset = 0): number {
  const date = new Date(Math.floor(day) * DAY_MS)
  return Date.UTC(date.getUTCFullYear() + offset, 0, 1) / DAY_MS
}
