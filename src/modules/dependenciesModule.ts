import { numberColumn, relationColumn, selectColumn, systemFields, textColumn } from './columnFields'
import type { ModuleDefinition } from './ModuleDefinition'

/**
 * Links between a production's tasks (task_dependencies): the successor may not start or finish before the
 * predecessor starts or finishes, plus a lag in working days. The database refuses self-links, loops, links across
 * productions and the same type twice for a pair; get_production_timeline computes the critical path from them.
 */
export const dependenciesModule: ModuleDefinition = {
  key: 'dependencies',
  label: 'Dependencies',
  singular: 'Dependency',
  table: 'task_dependencies',
  fields: [
    // Written by the database from the two tasks, the type and the lag.
    textColumn('title', 'Link', { readOnly: true }),
    relationColumn('predecessor_id', 'Predecessor', 'tasks', { required: true }),
    relationColumn('successor_id', 'Successor', 'tasks', { required: true }),
    selectColumn(
      'dependency_type',
      'Type',
      [
        { value: 'FS', label: 'Finish to start', color: 'blue' },
        { value: 'SS', label: 'Start to start', color: 'green' },
        { value: 'FF', label: 'Finish to finish', color: 'purple' },
        { value: 'SF', label: 'Start to finish', color: 'orange' },
      ],
      { required: true },
    ),
    numberColumn('lag_days', 'Lag (working days)', { precision: 0, min: -365, max: 365 }, { required: true }),
    ...systemFields,
  ],
  titleField: 'title',
  dateFields: { start: 'created_at' },
  viewTypes: ['list', 'board'],
  defaultViews: [
    { name: 'All dependencies', type: 'list', sorts: [{ field: 'created_at', direction: 'asc' }] },
    { name: 'By type', type: 'board', groupBy: 'dependency_type', sorts: [{ field: 'created_at', direction: 'asc' }] },
  ],
}
