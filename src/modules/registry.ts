import type { ModuleDefinition } from './ModuleDefinition'
import { assetsModule } from './assetsModule'
import { assignmentsModule } from './assignmentsModule'
import { bookingsModule } from './bookingsModule'
import { eventsModule } from './eventsModule'
import { locationsModule } from './locationsModule'
import { milestonesModule } from './milestonesModule'
import { peopleModule } from './peopleModule'
import { productionsModule } from './productionsModule'
import { tasksModule } from './tasksModule'
import { trainingModule } from './trainingModule'

/** Every module, in navigation order. Adding a module is one file and one line here. */
export const moduleRegistry: readonly ModuleDefinition[] = [
  productionsModule,
  tasksModule,
  milestonesModule,
  eventsModule,
  peopleModule,
  assignmentsModule,
  trainingModule,
  assetsModule,
  locationsModule,
  bookingsModule,
]

export function findModule(key: string): ModuleDefinition | undefined {
  return moduleRegistry.find((module) => module.key === key)
}

/** The module a database row names: custom_fields.module, views.module and comments.entity_type hold the table. */
export function findModuleByTable(table: string): ModuleDefinition | undefined {
  return moduleRegistry.find((module) => module.table === table)
}
