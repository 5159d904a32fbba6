import { certificationOptions } from './certifications'
import { dateColumn, longTextColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import { expiringWithin } from './expiringWithin'
import type { ModuleDefinition } from './ModuleDefinition'

export const trainingModule: ModuleDefinition = {
  key: 'training',
  label: 'Certifications',
  singular: 'Certification',
  table: 'training_records',
  fields: [
    textColumn('title', 'Title', { required: true }),
    relationColumn('person_id', 'Person', 'people', { required: true }),
    selectColumn('certification', 'Qualifies for', certificationOptions, { required: true }),
    dateColumn('issued_on', 'Issued'),
    dateColumn('expires_on', 'Expires'),
    textColumn('issuer', 'Issuer'),
    textColumn('reference', 'Certificate number'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'expires_on' },
  viewTypes: ['list', 'board', 'calendar'],
  defaultViews: [
    expiringWithin('expires_on', 30),
    { name: 'By expiry', type: 'list', sorts: [{ field: 'expires_on', direction: 'asc' }] },
    { name: 'By kind', type: 'board', groupBy: 'certification', sorts: [{ field: 'expires_on', direction: 'asc' }] },
  ],
  panels: ['compliance_expiry'],
}
