import type { ModuleDefinition } from './ModuleDefinition'
import { assetsModule } from './assetsModule'
import { eventsModule } from './eventsModule'
import { peopleModule } from './peopleModule'
import { productionsModule } from './productionsModule'
import { tasksModule } from './tasksModule'

/** Every module, in navigation order. Adding a module is one file and one line here. */
export const moduleRegistry: readonly ModuleDefinition[] = [
  productionsModule,
  tasksModule,
  eventsModule,
  peopleModule,
  assetsModule,
]

export function findModule(key: string): ModuleDefinition | undefined {
  return moduleRegistry.find((module) => module.key === key)
}
