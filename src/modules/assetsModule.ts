import type { ModuleDefinition } from './ModuleDefinition'

export const assetsModule: ModuleDefinition = {
  key: 'assets',
  label: 'Assets',
  table: 'assets',
}
