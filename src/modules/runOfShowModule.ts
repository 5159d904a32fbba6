import {
  dateTimeColumn,
  longTextColumn,
  multiSelectColumn,
  numberColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import { departmentOptions } from './departments'
import type { ModuleDefinition } from './ModuleDefinition'

/** An event's rundown: its cues and segments in running order, each with the departments it concerns. */
export const runOfShowModule: ModuleDefinition = {
  key: 'run_of_show',
  label: 'Run of show',
  singular: 'Cue',
  table: 'run_of_show',
  fields: [
    textColumn('title', 'Title', { required: true }),
    relationColumn('event_id', 'Event', 'events', { required: true }),
    selectColumn(
      'item_type',
      'Type',
      [
        { value: 'segment', label: 'Segment', color: 'blue' },
        { value: 'cue', label: 'Cue', color: 'green' },
        { value: 'break', label: 'Break', color: 'gray' },
      ],
      { required: true },
    ),
    multiSelectColumn('departments', 'Departments', departmentOptions, { required: true }),
    numberColumn('planned_seconds', 'Planned (seconds)', { precision: 0, min: 0 }, { required: true }),
    selectColumn(
      'start_type',
      'Start',
      [
        { value: 'soft', label: 'Soft (after the cue before)', color: 'gray' },
        { value: 'hard', label: 'Hard (at a set time)', color: 'red' },
      ],
      { required: true },
    ),
    dateTimeColumn('hard_start_at', 'Hard start at'),
    textColumn('standby_note', 'Standby'),
    textColumn('go_note', 'GO'),
    textColumn('script_ref', 'Script page / timecode'),
    textColumn('lx_cue', 'LX'),
    textColumn('sound_cue', 'SQ'),
    textColumn('video_cue', 'Video'),
    textColumn('flys_cue', 'Flys'),
    textColumn('automation_cue', 'Automation'),
    longTextColumn('notes', 'Notes'),
    // Manual running order: a fractional index the list keeps when cues are dragged.
    textColumn('position', 'Running order', { readOnly: true, hidden: true }),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'hard_start_at' },
  viewTypes: ['list', 'board'],
  // Show day: each upcoming show with a rundown, to call, follow or put on the backstage monitor.
  panels: ['shows'],
  defaultViews: [
    { name: 'Rundown', type: 'list', sorts: [{ field: 'event_id', direction: 'asc' }, { field: 'position', direction: 'asc' }] },
    { name: 'By type', type: 'board', groupBy: 'item_type', sorts: [{ field: 'position', direction: 'asc' }] },
  ],
}
