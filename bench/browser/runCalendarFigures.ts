import type { CalendarFigures } from './benchApi'
import { EVENTS_PER_MONTH } from './calendarRows'
import { domNodes, paintWhen, settle } from './paint'

const label = () => document.querySelector('.rbc-toolbar-label')?.textContent ?? ''

/** Clicks a toolbar button of react-big-calendar and returns the time until the new period is painted. */
async function navigate(text: 'Next' | 'Back'): Promise<number> {
  const button = Array.from(document.querySelectorAll<HTMLButtonElement>('.rbc-toolbar button')).find((b) => b.textContent === text)
  if (!button) throw new Error(`no ${text} button`)
  const before = label()
  const start = performance.now()
  button.click()
  const painted = await paintWhen(() => label() !== before && document.querySelector('.rbc-event') !== null)
  if (painted === null) throw new Error(`${text} never painted a new month`)
  return painted - start
}

/** Issue 4's calendar measurements: first paint of the month, then six months forward and back, twice. */
export async function runCalendarFigures(mount: () => void): Promise<CalendarFigures> {
  await settle()
  const start = performance.now()
  mount()
  const painted = await paintWhen(() => document.querySelector('.rbc-event') !== null)
  if (painted === null) throw new Error('the calendar never showed an event')
  await settle()
  const figures = { events: EVENTS_PER_MONTH, firstPaintMs: painted - start, domNodes: domNodes(), eventElements: document.querySelectorAll('.rbc-event').length }
  const navigateMs: number[] = []
  for (let round = 0; round < 2; round++) {
    for (const direction of ['Next', 'Back'] as const) {
      for (let i = 0; i < 6; i++) {
        await settle(5)
        navigateMs.push(await navigate(direction))
      }
    }
  }
  return { ...figures, navigateMs }
}
