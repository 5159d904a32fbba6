import type { ModuleDefinition } from './ModuleDefinition'

export const eventsModule: ModuleDefinition = {
  key: 'events',
  label: 'Events',
  table: 'events',
}
