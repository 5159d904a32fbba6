import { describe, expect, it } from 'vitest'
import { moduleRegistry } from '../../modules/registry'
import { peopleModule } from '../../modules/peopleModule'
import { tasksModule } from '../../modules/tasksModule'
import { savedViewSchema, viewTypes } from './savedView'
import { defaultSavedView, defaultSavedViews } from './savedViewDefaults'

describe('default saved views', () => {
  it('are valid saved views for every module and view type', () => {
    for (const module of moduleRegistry) {
      for (const type of viewTypes) {
        const view = defaultSavedView(module, type, 'w1')
        expect(savedViewSchema.safeParse(view).success, `${module.key} ${type}`).toBe(true)
        expect(view.module).toBe(module.table)
        if (type === 'board') expect(view.groupBy, module.key).not.toBeNull()
      }
    }
  })

  it('take the module’s definition of that type when it has one', () => {
    expect(defaultSavedView(tasksModule, 'list', 'w1')).toMatchObject({ name: 'All tasks', sorts: [{ field: 'due_date', direction: 'asc' }] })
    expect(defaultSavedView(peopleModule, 'timeline', 'w1').name).toBe('People timeline')
  })

  it('list the module’s starting views in order, with increasing fractional positions', () => {
    const views = defaultSavedViews(tasksModule, 'w1')
    expect(views.map((v) => v.name)).toEqual(['All tasks', 'Board', 'Calendar', 'Timeline'])
    const positions = views.map((v) => v.position as string)
    expect([...positions].sort()).toEqual(positions)
    expect(new Set(views.map((v) => v.id)).size).toBe(4)
  })
})
