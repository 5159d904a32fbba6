import type { ModuleDefinition } from './ModuleDefinition'

export const tasksModule: ModuleDefinition = {
  key: 'tasks',
  label: 'Tasks',
  table: 'project_tasks',
}
