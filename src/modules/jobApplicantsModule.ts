import type { FieldDefinition } from '../custom-fields/FieldDefinition'
import type { RatingConfig } from '../custom-fields/rating/ratingFieldType'
import {
  emailColumn,
  longTextColumn,
  phoneColumn,
  relationColumn,
  selectColumn,
  systemFields,
  textColumn,
} from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

// columnFields has no rating builder yet; the field is written out whole, as the builders write theirs. The CHECK
// of job_applicants.rating allows 1 to 5, the field's max.
const ratingField: FieldDefinition<RatingConfig> = {
  key: 'rating',
  label: 'Rating',
  type: 'rating',
  config: { max: 5 },
  source: 'column',
  required: false,
  readOnly: false,
}

export const jobApplicantsModule: ModuleDefinition = {
  key: 'job_applicants',
  label: 'Applicants',
  singular: 'Applicant',
  table: 'job_applicants',
  fields: [
    textColumn('full_name', 'Name', { required: true }),
    relationColumn('opening_id', 'Job opening', 'job_openings', { required: true }),
    selectColumn(
      'stage',
      'Stage',
      [
        { value: 'applied', label: 'Applied', color: 'gray' },
        { value: 'screening', label: 'Screening', color: 'blue' },
        { value: 'interview', label: 'Interview', color: 'purple' },
        { value: 'offer', label: 'Offer', color: 'yellow' },
        { value: 'hired', label: 'Hired', color: 'green' },
        { value: 'rejected', label: 'Rejected', color: 'red' },
      ],
      { required: true },
    ),
    ratingField,
    emailColumn('email', 'Email'),
    phoneColumn('phone', 'Phone'),
    longTextColumn('notes', 'Notes'),
    ...systemFields,
  ],
  titleField: 'full_name',
  // A pipeline, not a schedule: when someone applied is the only date.
  dateFields: { start: 'created_at' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'Pipeline', type: 'board', groupBy: 'stage', sorts: [{ field: 'rating', direction: 'desc' }] },
    { name: 'All applicants', type: 'list', sorts: [{ field: 'full_name', direction: 'asc' }] },
  ],
}
