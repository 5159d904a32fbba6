import type { ModuleDefinition } from './ModuleDefinition'

export const peopleModule: ModuleDefinition = {
  key: 'people',
  label: 'People',
  table: 'personnel',
}
