import type { SelectOption } from '../custom-fields/shared/selectOption'

/** The departments a show's cues and incidents belong to (the CHECKs of run_of_show and incidents). */
export const departmentOptions: readonly SelectOption[] = [
  { value: 'stage_management', label: 'Stage management', color: 'gray' },
  { value: 'lighting', label: 'Lighting', color: 'yellow' },
  { value: 'sound', label: 'Sound', color: 'purple' },
  { value: 'video', label: 'Video', color: 'teal' },
  { value: 'flys', label: 'Flys', color: 'blue' },
  { value: 'automation', label: 'Automation', color: 'orange' },
  { value: 'stage', label: 'Stage', color: 'green' },
  { value: 'wardrobe', label: 'Wardrobe', color: 'pink' },
  { value: 'front_of_house', label: 'Front of house', color: 'red' },
]
