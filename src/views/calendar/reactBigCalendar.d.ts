// react-big-calendar ships no types and @types/react-big-calendar is not a dependency: these declare only the
// deep imports this folder uses (lib/ files, so the drag-and-drop addon and the calendar share one copy in the bundle).
// If @types/react-big-calendar is ever added, delete this file.

declare module 'react-big-calendar/lib/Calendar' {
  import type { ComponentType, CSSProperties, SyntheticEvent } from 'react'

  export type View = 'month' | 'week' | 'work_week' | 'day' | 'agenda'

  /** Built by a localizer factory and handed back to the calendar; its date math may be replaced (fastDateMath.ts). */
  export interface DateLocalizer {
    readonly startOfWeek: (culture?: string) => number
    startOf(date: Date, unit?: string, firstOfWeek?: number): Date
  }

  export interface SlotInfo {
    start: Date
    end: Date
    slots: Date[]
    action: 'select' | 'click' | 'doubleClick'
  }

  export interface CalendarProps<TEvent extends object> {
    localizer: DateLocalizer
    events?: TEvent[]
    date?: Date
    view?: View
    views?: View[]
    onNavigate?: (date: Date, view: View, action: string) => void
    onView?: (view: View) => void
    onRangeChange?: (range: Date[] | { start: Date; end: Date }, view?: View) => void
    startAccessor?: (keyof TEvent & string) | ((event: TEvent) => Date)
    endAccessor?: (keyof TEvent & string) | ((event: TEvent) => Date)
    allDayAccessor?: (keyof TEvent & string) | ((event: TEvent) => boolean)
    titleAccessor?: (keyof TEvent & string) | ((event: TEvent) => string)
    tooltipAccessor?: (keyof TEvent & string) | ((event: TEvent) => string) | null
    eventPropGetter?: (event: TEvent, start: Date, end: Date, isSelected: boolean) => { className?: string; style?: CSSProperties }
    selectable?: boolean | 'ignoreEvents'
    onSelectSlot?: (slot: SlotInfo) => boolean | void
    onSelectEvent?: (event: TEvent, e: SyntheticEvent) => void
    onDoubleClickEvent?: (event: TEvent, e: SyntheticEvent) => void
    onKeyPressEvent?: (event: TEvent, e: SyntheticEvent) => void
    popup?: boolean
    length?: number
    culture?: string
    messages?: Partial<Record<string, string>>
    className?: string
    style?: CSSProperties
    step?: number
    timeslots?: number
    scrollToTime?: Date
    showMultiDayTimes?: boolean
    getNow?: () => Date
    // The component slots (toolbar, event, wrappers) each take a different prop shape.
    components?: Record<string, ComponentType<any>>
  }

  const Calendar: ComponentType<CalendarProps<object>>
  export default Calendar
}

declare module 'react-big-calendar/lib/localizers/date-fns' {
  import type { Locale } from 'date-fns'
  import type { DateLocalizer } from 'react-big-calendar/lib/Calendar'

  export default function dateFnsLocalizer(config: {
    format: (date: Date, format: string, options?: { locale?: Locale }) => string
    parse?: (value: string, format: string, reference: Date, options?: { locale?: Locale }) => Date
    startOfWeek: (date: Date, options?: { locale?: Locale }) => Date
    getDay: (date: Date) => number
    locales: Record<string, Locale>
  }): DateLocalizer
}

declare module 'react-big-calendar/lib/addons/dragAndDrop' {
  import type { ComponentType } from 'react'
  import type { CalendarProps } from 'react-big-calendar/lib/Calendar'

  export interface EventInteractionArgs<TEvent> {
    event: TEvent
    start: Date | string
    end: Date | string
    isAllDay?: boolean
  }

  export interface DragAndDropCalendarProps<TEvent extends object> extends CalendarProps<TEvent> {
    onEventDrop?: (args: EventInteractionArgs<TEvent>) => void
    onEventResize?: (args: EventInteractionArgs<TEvent>) => void
    onDragStart?: (args: { event: TEvent; action: 'move' | 'resize'; direction?: string }) => void
    draggableAccessor?: (keyof TEvent & string) | ((event: TEvent) => boolean)
    resizableAccessor?: (keyof TEvent & string) | ((event: TEvent) => boolean)
    resizable?: boolean
  }

  export default function withDragAndDrop<TEvent extends object>(
    calendar: ComponentType<CalendarProps<object>>,
  ): ComponentType<DragAndDropCalendarProps<TEvent>>
}
