import type { ModuleDefinition } from './ModuleDefinition'
import { assetsModule } from './assetsModule'
import { eventsModule } from './eventsModule'
import { milestonesModule } from './milestonesModule'
import { peopleModule } from './peopleModule'
import { productionsModule } from './productionsModule'
import { tasksModule } from './tasksModule'

/** Every module, in navigation order. Adding a module is one file and one line here. */
export const moduleRegistry: readonly ModuleDefinition[] = [
  productionsModule,
  tasksModule,
  milestonesModule,
  eventsModule,
  peopleModule,
  assetsModule,
]

export function findModule(key: string): ModuleDefinition | undefined {
  return moduleRegistry.find((module) => module.key === key)
}

/** The module a database row names: custom_fields.module, views.module and comments.entity_type hold the table. */
export function findModuleByTable(table: string): ModuleDefinition | undefined {
  return moduleRegistry.find((module) => module.table === table)
}
