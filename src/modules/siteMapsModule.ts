import type { FieldDefinition } from '../custom-fields/FieldDefinition'
import { dateColumn, longTextColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

// A link to the drawing, shown and edited as a web address (columnFields has no url builder; the url type's config
// is empty). The column's CHECK refuses anything but http(s) too.
const fileUrlField: FieldDefinition = {
  key: 'file_url',
  label: 'File',
  type: 'url',
  config: {},
  source: 'column',
  required: false,
  readOnly: false,
}

export const siteMapsModule: ModuleDefinition = {
  key: 'site_maps',
  label: 'Site maps',
  singular: 'Site map',
  table: 'site_maps',
  fields: [
    textColumn('title', 'Title', { required: true }),
    relationColumn('location_id', 'Location', 'locations', { required: true }),
    selectColumn(
      'map_type',
      'Type',
      [
        { value: 'floor_plan', label: 'Floor plan', color: 'blue' },
        { value: 'rigging_plot', label: 'Rigging plot', color: 'red' },
        { value: 'power', label: 'Power', color: 'orange' },
        { value: 'seating', label: 'Seating', color: 'purple' },
        { value: 'access', label: 'Access', color: 'green' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    fileUrlField,
    textColumn('version', 'Version'),
    dateColumn('drawn_on', 'Drawn'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'drawn_on' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'All site maps', type: 'list', sorts: [{ field: 'title', direction: 'asc' }] },
    { name: 'By type', type: 'board', groupBy: 'map_type', sorts: [{ field: 'title', direction: 'asc' }] },
  ],
}
