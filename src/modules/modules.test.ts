import { readFileSync, readdirSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { getFieldType } from '../custom-fields/registry'
import { findModule, findModuleByTable, moduleRegistry } from './registry'

// Every column of a module table, read from its migration: `create table public.<table> (like ..., <columns>)`.
const migrations = join(__dirname, '..', '..', 'supabase', 'migrations')
const sql = readdirSync(migrations)
  .sort()
  .map((f) => readFileSync(join(migrations, f), 'utf8'))
  .join('\n')
const standardColumns = ['id', 'workspace_id', 'created_by', 'updated_by', 'created_at', 'updated_at', 'custom_fields', 'sync_version', 'deleted_at']

function tableColumns(table: string): string[] {
  const body = new RegExp(`create table public\\.${table} \\(([\\s\\S]*?)\\n\\);`).exec(sql)?.[1] ?? ''
  const domain = body
    .split('\n')
    .map((line) => /^\s{2}([a-z_]+) [a-z]/.exec(line)?.[1])
    .filter((name): name is string => name !== undefined && name !== 'like' && name !== 'constraint')
  return [...standardColumns, ...domain]
}

describe('module definitions', () => {
  it('are registered once each, by key and by table, milestones included', () => {
    expect(moduleRegistry.map((m) => m.key)).toEqual(['productions', 'tasks', 'milestones', 'events', 'people', 'assets'])
    expect(new Set(moduleRegistry.map((m) => m.table)).size).toBe(moduleRegistry.length)
    expect(findModule('milestones')?.table).toBe('project_milestones')
    expect(findModuleByTable('personnel')?.key).toBe('people')
  })

  for (const module of moduleRegistry) {
    describe(module.key, () => {
      const keys = module.fields.map((f) => f.key)
      const columns = tableColumns(module.table)

      it('describes every domain column of its table, and only real columns', () => {
        expect(columns.length).toBeGreaterThan(standardColumns.length)
        for (const key of keys) expect(columns, key).toContain(key)
        const described = new Set(keys)
        const undescribed = columns.filter((c) => !described.has(c) && !standardColumns.includes(c))
        expect(undescribed).toEqual([])
      })

      it('uses registered field types with complete, valid configs, system columns read-only', () => {
        expect(new Set(keys).size).toBe(keys.length)
        for (const field of module.fields) {
          const type = getFieldType(field.type)
          expect(type, field.key).toBeDefined()
          expect(type!.configSchema.parse(field.config), field.key).toEqual(field.config)
          expect(field.source).toBe('column')
        }
        for (const key of ['created_at', 'updated_at', 'created_by', 'updated_by']) {
          expect(module.fields.find((f) => f.key === key)?.readOnly, key).toBe(true)
        }
      })

      it('names a text title field and date fields calendars and timelines can use', () => {
        expect(module.fields.find((f) => f.key === module.titleField)?.type).toBe('text')
        for (const key of [module.dateFields.start, module.dateFields.end].filter((k): k is string => k !== undefined)) {
          expect(['date', 'date_time'], key).toContain(module.fields.find((f) => f.key === key)?.type)
        }
      })

      it('starts with default views of the types it offers, grouped and sorted by real fields', () => {
        expect(module.defaultViews.length).toBeGreaterThan(0)
        for (const view of module.defaultViews) {
          expect(module.viewTypes, view.name).toContain(view.type)
          if (view.groupBy) expect(getFieldType(module.fields.find((f) => f.key === view.groupBy)!.type)?.groupKeys, view.name).toBeDefined()
          for (const sort of view.sorts ?? []) expect(keys, view.name).toContain(sort.field)
        }
      })
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
