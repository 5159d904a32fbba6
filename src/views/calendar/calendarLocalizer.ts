import { format, getDay, startOfWeek } from 'date-fns'
import { enUS } from 'date-fns/locale'
import dateFnsLocalizerModule from 'react-big-calendar/lib/localizers/date-fns'
import { CALENDAR_CULTURE } from './calendarLocale'
import { cjsDefault } from './cjsDefault'
import { withFastDateMath } from './fastDateMath'

const dateFnsLocalizer = cjsDefault(dateFnsLocalizerModule)

/**
 * en-US starts weeks on Sunday, as WEEK_STARTS_ON says; change both together. No `parse`: react-big-calendar 1.20's
 * date-fns localizer never calls it, and date-fns's parser is the largest part of date-fns in the bundle.
 */
export const calendarLocalizer = withFastDateMath(dateFnsLocalizer({ format, startOfWeek, getDay, locales: { [CALENDAR_CULTURE]: enUS } }))
