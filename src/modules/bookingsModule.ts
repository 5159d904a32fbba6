import {
  checkboxColumn,
  dateTimeColumn,
  durationColumn,
  longTextColumn,
  numberColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { DefaultViewDefinition, ModuleDefinition } from './ModuleDefinition'

/** A timeline with one swimlane per venue, person or asset, of the bookings of that kind of resource only. */
function resourceSchedule(name: string, resource: 'location_id' | 'person_id' | 'asset_id'): DefaultViewDefinition {
  return {
    name,
    type: 'timeline',
    // Grouped by the same field as the swimlanes: the store's groups carry the names of the venues, people and assets.
    groupBy: resource,
    sorts: [{ field: 'starts_at', direction: 'asc' }],
    filter: {
      kind: 'group', id: `${resource}-only`, conjunction: 'and',
      children: [{ kind: 'condition', id: `${resource}-set`, field: resource, operator: 'is_not_empty' }],
    },
    options: { startField: 'starts_at', endField: 'ends_at', groupField: resource, zoom: 'week' },
  }
}

export const bookingsModule: ModuleDefinition = {
  key: 'bookings',
  label: 'Bookings',
  singular: 'Booking',
  table: 'bookings',
  fields: [
    textColumn('title', 'Title', { required: true }),
    selectColumn(
      'booking_type',
      'Type',
      [
        { value: 'booking', label: 'Booking', color: 'blue' },
        { value: 'leave', label: 'Leave', color: 'teal' },
        { value: 'unavailable', label: 'Unavailable', color: 'gray' },
      ],
      { required: true },
    ),
    relationColumn('location_id', 'Location', 'locations'),
    relationColumn('person_id', 'Person', 'people'),
    relationColumn('asset_id', 'Asset', 'assets'),
    // Units of a bulk stock item; empty for anything booked whole (the database fills 1 in for bulk stock).
    numberColumn('quantity', 'Quantity', { precision: 0, min: 1 }),
    dateTimeColumn('starts_at', 'Starts', { required: true }),
    dateTimeColumn('ends_at', 'Ends', { required: true }),
    durationColumn('pre_buffer_minutes', 'Before (load-in, travel)', { required: true }),
    durationColumn('post_buffer_minutes', 'After (strike, travel)', { required: true }),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'hold', label: 'Hold', color: 'yellow' },
        { value: 'tentative', label: 'Tentative', color: 'orange' },
        { value: 'confirmed', label: 'Confirmed', color: 'green' },
        { value: 'cancelled', label: 'Cancelled', color: 'red' },
      ],
      { required: true },
    ),
    // Set by the database: the next free rank when a hold is placed, moving up as holds ahead of it clear.
    numberColumn('hold_rank', 'Hold rank', { precision: 0, min: 1 }, { readOnly: true }),
    checkboxColumn('affects_availability', 'Affects availability', { required: true }),
    relationColumn('production_id', 'Production', 'productions'),
    relationColumn('event_id', 'Event', 'events'),
    textColumn('conflict_override_reason', 'Conflict override reason'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'starts_at', end: 'ends_at' },
  viewTypes: ['timeline', 'calendar', 'list', 'board'],
  defaultViews: [
    resourceSchedule('Venues', 'location_id'),
    resourceSchedule('Crew', 'person_id'),
    resourceSchedule('Gear', 'asset_id'),
    { name: 'All bookings', type: 'list', sorts: [{ field: 'starts_at', direction: 'asc' }] },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'starts_at', direction: 'asc' }] },
  ],
  conflictChecks: {
    fields: [
      'location_id', 'person_id', 'asset_id', 'quantity', 'starts_at', 'ends_at', 'pre_buffer_minutes', 'post_buffer_minutes',
      'status', 'booking_type', 'affects_availability', 'production_id',
    ],
  },
}
