import type { ModuleDefinition } from './ModuleDefinition'

export const productionsModule: ModuleDefinition = {
  key: 'productions',
  label: 'Productions',
  table: 'productions',
}
