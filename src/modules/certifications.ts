import type { SelectOption } from '../custom-fields/shared/selectOption'

/**
 * The kinds of work a certification qualifies for: what a training record proves and what an assignment requires.
 * The CHECKs of training_records.certification and personnel_assignments.required_certifications list the same
 * values (the module catalog contract holds both to this list).
 */
export const certificationOptions: readonly SelectOption[] = [
  { value: 'rigging', label: 'Rigging', color: 'red' },
  { value: 'working_at_height', label: 'Working at height', color: 'orange' },
  { value: 'electrical', label: 'Electrical', color: 'yellow' },
  { value: 'pyrotechnics', label: 'Pyrotechnics', color: 'pink' },
  { value: 'forklift', label: 'Forklift', color: 'teal' },
  { value: 'mewp', label: 'MEWP (aerial platform)', color: 'blue' },
  { value: 'first_aid', label: 'First aid', color: 'green' },
]
