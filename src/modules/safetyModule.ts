import {
  dateColumn,
  dateTimeColumn,
  longTextColumn,
  personColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

export const safetyModule: ModuleDefinition = {
  key: 'safety',
  label: 'Risk assessments',
  singular: 'Risk assessment',
  table: 'project_safety',
  fields: [
    textColumn('title', 'Title', { required: true }),
    relationColumn('production_id', 'Production', 'productions', { required: true }),
    selectColumn(
      'document_type',
      'Document',
      [
        { value: 'risk_assessment', label: 'Risk assessment', color: 'orange' },
        { value: 'method_statement', label: 'Method statement', color: 'blue' },
        { value: 'safety_plan', label: 'Safety plan', color: 'purple' },
      ],
      { required: true },
    ),
    selectColumn(
      'risk_level',
      'Risk',
      [
        { value: 'low', label: 'Low', color: 'green' },
        { value: 'medium', label: 'Medium', color: 'yellow' },
        { value: 'high', label: 'High', color: 'red' },
      ],
      { required: true },
    ),
    selectColumn(
      'status',
      'Status',
      [
        { value: 'draft', label: 'Draft', color: 'gray' },
        { value: 'review', label: 'In review', color: 'yellow' },
        { value: 'signed_off', label: 'Signed off', color: 'green' },
      ],
      { required: true },
    ),
    // Stamped by the database when an admin signs off: whatever a client sends is replaced.
    personColumn('signed_off_by', 'Signed off by', { readOnly: true }),
    dateTimeColumn('signed_off_at', 'Signed off', { readOnly: true }),
    dateColumn('review_due', 'Review due'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'review_due' },
  viewTypes: ['list', 'board', 'calendar'],
  defaultViews: [
    { name: 'By review date', type: 'list', sorts: [{ field: 'review_due', direction: 'asc' }] },
    { name: 'Sign-off', type: 'board', groupBy: 'status', sorts: [{ field: 'review_due', direction: 'asc' }] },
    { name: 'By risk', type: 'board', groupBy: 'risk_level', sorts: [{ field: 'review_due', direction: 'asc' }] },
  ],
  panels: ['compliance_expiry'],
}
