import { dateColumn, longTextColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import { expiringWithin } from './expiringWithin'
import type { ModuleDefinition } from './ModuleDefinition'

export const complianceModule: ModuleDefinition = {
  key: 'compliance',
  label: 'Permits & licences',
  singular: 'Permit or licence',
  table: 'project_compliance',
  fields: [
    textColumn('title', 'Title', { required: true }),
    relationColumn('production_id', 'Production', 'productions', { required: true }),
    selectColumn(
      'compliance_type',
      'Type',
      [
        { value: 'licence', label: 'Licence', color: 'purple' },
        { value: 'permit', label: 'Permit', color: 'blue' },
        { value: 'certificate', label: 'Certificate', color: 'teal' },
        { value: 'insurance', label: 'Insurance', color: 'orange' },
        { value: 'other', label: 'Other', color: 'gray' },
      ],
      { required: true },
    ),
    textColumn('issuer', 'Issuer'),
    textColumn('reference', 'Reference'),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'pending', label: 'Pending', color: 'yellow' },
        { value: 'approved', label: 'Approved', color: 'green' },
        { value: 'rejected', label: 'Rejected', color: 'red' },
        { value: 'expired', label: 'Expired', color: 'gray' },
      ],
      { required: true },
    ),
    dateColumn('valid_from', 'Valid from'),
    dateColumn('valid_until', 'Valid until'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'valid_from', end: 'valid_until' },
  viewTypes: ['list', 'board', 'calendar', 'timeline'],
  defaultViews: [
    expiringWithin('valid_until', 30),
    { name: 'By expiry', type: 'list', sorts: [{ field: 'valid_until', direction: 'asc' }] },
    { name: 'By status', type: 'board', groupBy: 'status', sorts: [{ field: 'valid_until', direction: 'asc' }] },
    { name: 'Validity', type: 'timeline', sorts: [{ field: 'valid_from', direction: 'asc' }] },
  ],
  panels: ['compliance_expiry'],
}
