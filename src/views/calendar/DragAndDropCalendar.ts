import CalendarModule from 'react-big-calendar/lib/Calendar'
import withDragAndDropModule from 'react-big-calendar/lib/addons/dragAndDrop'
import 'react-big-calendar/lib/css/react-big-calendar.css'
import 'react-big-calendar/lib/addons/dragAndDrop/styles.css'
import { cjsDefault } from './cjsDefault'
import type { CalendarEvent } from './recordToEvent'

// lib/ files rather than the package's ESM build: the drag-and-drop addon exists only in lib/, and importing the
// calendar from there too keeps one copy of the shared modules (Selection, EventRow...) in the chunk.
const Calendar = cjsDefault(CalendarModule)
const withDragAndDrop = cjsDefault(withDragAndDropModule)

/** The one place react-big-calendar is wrapped; imported only by CalendarView, inside the calendar's lazy chunk. */
export const DragAndDropCalendar = withDragAndDrop<CalendarEvent>(Calendar)
