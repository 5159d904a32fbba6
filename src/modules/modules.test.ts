import { describe, expect, it } from 'vitest'
import { getFieldType } from '../custom-fields/registry'
import { createFilterContext } from '../views/query/filterContext'
import { findModule, findModuleByTable, moduleRegistry } from './registry'

// What a definition promises without a database. Its columns, their types, NOT NULL, select CHECKs and foreign keys
// are checked against the migrated catalog by tests/database/support/moduleCatalogContract.ts (PGlite and PG 15).
describe('module definitions', () => {
  it('are registered once each, by key and by table, and found by either', () => {
    expect(new Set(moduleRegistry.map((m) => m.key)).size).toBe(moduleRegistry.length)
    expect(new Set(moduleRegistry.map((m) => m.table)).size).toBe(moduleRegistry.length)
    for (const module of moduleRegistry) {
      expect(findModule(module.key)).toBe(module)
      expect(findModuleByTable(module.table)).toBe(module)
    }
    expect(findModule('milestones')?.table).toBe('project_milestones')
    expect(findModuleByTable('personnel')?.key).toBe('people')
  })

  for (const module of moduleRegistry) {
    describe(module.key, () => {
      const keys = module.fields.map((f) => f.key)
      const name = (key: string) => `${module.key}.${key}`

      it('uses registered field types with complete, valid configs, system columns read-only', () => {
        expect(keys.filter((k, i) => keys.indexOf(k) !== i), `${module.key}: field keys used twice`).toEqual([])
        for (const field of module.fields) {
          const type = getFieldType(field.type)
          expect(type, `${name(field.key)}: field type '${field.type}' is not in src/custom-fields/registry.ts`).toBeDefined()
          expect(type!.configSchema.parse(field.config), `${name(field.key)}: config is not complete and valid`).toEqual(field.config)
          expect(field.source, `${name(field.key)}: a built-in field is a column`).toBe('column')
        }
        for (const key of ['created_at', 'updated_at', 'created_by', 'updated_by']) {
          expect(module.fields.find((f) => f.key === key)?.readOnly, `${name(key)}: a system column is read-only`).toBe(true)
        }
      })

      it('names a text title field and date fields calendars and timelines can use', () => {
        expect(module.fields.find((f) => f.key === module.titleField)?.type, `${name(module.titleField)}: the title field`).toBe('text')
        for (const key of [module.dateFields.start, module.dateFields.end].filter((k): k is string => k !== undefined)) {
          expect(['date', 'date_time'], `${name(key)}: a date field`).toContain(module.fields.find((f) => f.key === key)?.type)
        }
      })

      it('starts with default views of the types it offers, grouped and sorted by real fields', () => {
        expect(module.defaultViews.length, `${module.key}: default views`).toBeGreaterThan(0)
        for (const view of module.defaultViews) {
          const where = `${module.key} view '${view.name}'`
          expect(module.viewTypes, `${where}: its type`).toContain(view.type)
          if (view.groupBy) {
            const field = module.fields.find((f) => f.key === view.groupBy)
            expect(field && getFieldType(field.type)?.groupKeys, `${where}: groups by ${name(view.groupBy)}`).toBeDefined()
          }
          for (const sort of view.sorts ?? []) expect(keys, `${where}: sorts by ${name(sort.field)}`).toContain(sort.field)
          for (const condition of view.filter?.children ?? []) {
            if (condition.kind !== 'condition') continue
            const field = module.fields.find((f) => f.key === condition.field)
            const operators = (field && getFieldType(field.type)?.operators) ?? []
            expect(operators.map((o) => o.id), `${where}: filters ${name(condition.field)} by ${condition.operator}`).toContain(condition.operator)
            // A condition whose operand does not resolve is ignored by both interpreters: the view would filter nothing.
            const operator = operators.find((o) => o.id === condition.operator)
            if (operator?.operand) {
              const context = createFilterContext({ timeZone: 'Europe/London', userId: null })
              expect(operator.operand(condition.value, field!.config, context), `${where}: the operand of ${name(condition.field)}`).toBeDefined()
            }
          }
          for (const key of ['startField', 'endField', 'groupField'] as const) {
            const option = view.options?.[key]
            if (typeof option === 'string') expect(keys, `${where}: options.${key}`).toContain(option)
          }
        }
      })

      if (module.conflictChecks) {
        it('asks the conflict engine about its own fields, and can carry an override reason', () => {
          for (const key of module.conflictChecks!.fields) expect(keys, `${name(key)}: a conflictChecks field`).toContain(key)
          expect(keys, `${module.key}: the override reason an admin may give`).toContain('conflict_override_reason')
        })
      }
    })
  }

  it('gives tasks the dates, board and title the brief asks for', () => {
    const tasks = findModule('tasks')!
    expect(tasks.dateFields).toEqual({ start: 'start_date', end: 'due_date' })
    expect(tasks.defaultViews.find((v) => v.type === 'board')?.groupBy).toBe('status')
    expect(findModule('events')!.defaultViews[0]!.type).toBe('calendar')
    expect(findModule('productions')!.defaultViews.map((v) => v.type)).toEqual(expect.arrayContaining(['list', 'timeline']))
  })
})
