import type { ModuleDefinition } from './ModuleDefinition'
import { assetMaintenanceModule } from './assetMaintenanceModule'
import { assetsModule } from './assetsModule'
import { assetTransactionsModule } from './assetTransactionsModule'
import { assignmentsModule } from './assignmentsModule'
import { bookingsModule } from './bookingsModule'
import { complianceModule } from './complianceModule'
import { eventsModule } from './eventsModule'
import { dependenciesModule } from './dependenciesModule'
import { incidentsModule } from './incidentsModule'
import { jobApplicantsModule } from './jobApplicantsModule'
import { jobOpeningsModule } from './jobOpeningsModule'
import { locationAccessModule } from './locationAccessModule'
import { locationsModule } from './locationsModule'
import { locationUtilitiesModule } from './locationUtilitiesModule'
import { milestonesModule } from './milestonesModule'
import { peopleModule } from './peopleModule'
import { productionAdvancesModule } from './productionAdvancesModule'
import { productionsModule } from './productionsModule'
import { runOfShowModule } from './runOfShowModule'
import { safetyModule } from './safetyModule'
import { siteMapsModule } from './siteMapsModule'
import { tasksModule } from './tasksModule'
import { teamsModule } from './teamsModule'
import { timeEntriesModule } from './timeEntriesModule'
import { trainingModule } from './trainingModule'

/** Every module, in navigation order. Adding a module is one file and one line here. */
export const moduleRegistry: readonly ModuleDefinition[] = [
  productionsModule,
  tasksModule,
  dependenciesModule,
  milestonesModule,
  complianceModule,
  safetyModule,
  productionAdvancesModule,
  eventsModule,
  runOfShowModule,
  incidentsModule,
  peopleModule,
  teamsModule,
  assignmentsModule,
  timeEntriesModule,
  trainingModule,
  jobOpeningsModule,
  jobApplicantsModule,
  assetsModule,
  assetTransactionsModule,
  assetMaintenanceModule,
  locationsModule,
  siteMapsModule,
  locationAccessModule,
  locationUtilitiesModule,
  bookingsModule,
]

export function findModule(key: string): ModuleDefinition | undefined {
  return moduleRegistry.find((module) => module.key === key)
}

/** The module a database row names: custom_fields.module, views.module and comments.entity_type hold the table. */
export function findModuleByTable(table: string): ModuleDefinition | undefined {
  return moduleRegistry.find((module) => module.table === table)
}
