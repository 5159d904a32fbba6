import { render, screen, waitFor, within } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { useState } from 'react'
import { describe, expect, it, vi } from 'vitest'
import { moduleFields } from '../../src/custom-fields/moduleFields'
import { tasksModule } from '../../src/modules/tasksModule'
import { defaultSavedView } from '../../src/views/engine/savedViewDefaults'
import type { SavedView, ViewField } from '../../src/views/engine/savedView'
import { ListView } from '../../src/views/list/ListView'
import { defaultListOptions } from '../../src/views/list/listOptions'
import { fixtureViewStore } from './support/fixtureViewStore'

const fields = moduleFields(tasksModule, [])
const rows = [
  { id: 't1', title: 'Hang lighting rig', status: 'todo', due_date: '2025-03-03', custom_fields: {} },
  { id: 't2', title: 'Paint flats', status: 'done', due_date: '2025-02-10', custom_fields: {} },
]

/** The list as the host mounts it, saving view changes into its own state the way the saved views do. */
function renderList({ canChangeView = true } = {}) {
  const saved: SavedView[] = []
  const savedFields: ViewField[][] = []
  const initial: SavedView = {
    ...defaultSavedView(tasksModule, 'list', 'ws-1', { name: 'All tasks' }),
    sorts: [{ field: 'due_date', direction: 'asc' }],
    fields: ['title', 'status', 'due_date', 'priority'].map((key) => ({ key, visible: true })),
  }
  const { store } = fixtureViewStore(rows)
  function Host() {
    const [view, setView] = useState(initial)
    return (
      <ListView
        module={tasksModule}
        fields={fields}
        view={view}
        options={defaultListOptions()}
        store={store}
        canEdit={canChangeView}
        canChangeView={canChangeView}
        onOpenRecord={vi.fn()}
        onOptionsChange={vi.fn()}
        {...(canChangeView
          ? {
              onViewChange: (next: SavedView) => (saved.push(next), setView(next)),
              onFieldsChange: (next: ViewField[]) => (savedFields.push(next), setView((current) => ({ ...current, fields: next }))),
            }
          : {})}
      />
    )
  }
  render(<Host />)
  return { user: userEvent.setup(), saved, savedFields }
}

const header = (label: string) =>
  screen.getAllByRole('columnheader').find((cell) => cell.querySelector('.list-view__header-label')?.textContent === label) as HTMLElement
const menu = (label: string) => screen.getByRole('dialog', { name: `${label} column` })

describe('a list column’s header menu', () => {
  it('sorts by the column first, keeping the view’s other sorts after it, and marks the header', async () => {
    const { user, saved } = renderList()

    await user.click(screen.getByRole('button', { name: 'Options for Title' }))
    await user.click(within(menu('Title')).getByRole('button', { name: 'Sort descending' }))

    expect(saved.at(-1)?.sorts).toEqual([
      { field: 'title', direction: 'desc' },
      { field: 'due_date', direction: 'asc' },
    ])
    expect(header('Title').getAttribute('aria-sort')).toBe('descending')
    expect(header('Due date').getAttribute('aria-sort')).toBeNull()
    expect(screen.queryByRole('dialog', { name: 'Title column' })).toBeNull()

    await user.click(screen.getByRole('button', { name: 'Options for Title' }))
    expect(within(menu('Title')).getByRole('button', { name: 'Sort descending' }).getAttribute('aria-pressed')).toBe('true')
    await user.click(within(menu('Title')).getByRole('button', { name: 'Remove sort' }))
    expect(saved.at(-1)?.sorts).toEqual([{ field: 'due_date', direction: 'asc' }])
  })

  it('groups by a field whose type has groups, and ungroups; a text field offers no grouping', async () => {
    const { user, saved } = renderList()

    await user.click(screen.getByRole('button', { name: 'Options for Title' }))
    expect(within(menu('Title')).queryByRole('button', { name: 'Group by this field' })).toBeNull()
    await user.keyboard('{Escape}')

    await user.click(screen.getByRole('button', { name: 'Options for Status' }))
    await user.click(within(menu('Status')).getByRole('button', { name: 'Group by this field' }))
    expect(saved.at(-1)?.groupBy).toEqual({ field: 'status', collapsed: [] })

    await user.click(screen.getByRole('button', { name: 'Options for Status' }))
    await user.click(within(menu('Status')).getByRole('button', { name: 'Ungroup' }))
    expect(saved.at(-1)?.groupBy).toBeNull()
  })

  it('hides a field (the title column cannot be hidden)', async () => {
    const { user, savedFields } = renderList()

    await user.click(screen.getByRole('button', { name: 'Options for Title' }))
    expect(within(menu('Title')).queryByRole('button', { name: 'Hide field' })).toBeNull()
    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Options for Priority' }))
    await user.click(within(menu('Priority')).getByRole('button', { name: 'Hide field' }))

    expect(savedFields.at(-1)?.find((field) => field.key === 'priority')).toEqual({ key: 'priority', visible: false })
    await waitFor(() => expect(header('Priority')).toBeUndefined())
  })

  it('filters by the column with a condition edited in place, added to the view’s filter', async () => {
    const { user, saved } = renderList()

    await user.click(screen.getByRole('button', { name: 'Options for Status' }))
    await user.click(within(menu('Status')).getByRole('button', { name: 'Filter by this field…' }))
    await user.selectOptions(await within(menu('Status')).findByRole('combobox', { name: 'Operator' }), 'is')
    await user.selectOptions(within(menu('Status')).getByRole('combobox', { name: 'Value for Status' }), 'Done')

    expect(saved.at(-1)?.filter).toMatchObject({ kind: 'group', conjunction: 'and', children: [{ field: 'status', operator: 'eq', value: 'done' }] })
    await user.click(within(menu('Status')).getByRole('button', { name: 'Remove condition' }))
    expect(saved.at(-1)?.filter).toBeNull()
  })

  it('opens from the keyboard without the grid taking its keys, and Escape returns to the button', async () => {
    const { user } = renderList()
    const trigger = screen.getByRole('button', { name: 'Options for Status' })

    trigger.focus()
    await user.keyboard('{Enter}')
    expect(menu('Status')).toBeTruthy()
    expect(trigger.getAttribute('aria-expanded')).toBe('true')
    expect(header('Status').getAttribute('draggable')).toBe('false')
    await user.keyboard('{Escape}')

    expect(screen.queryByRole('dialog', { name: 'Status column' })).toBeNull()
    expect(document.activeElement).toBe(trigger)
  })

  it('is not offered to someone who may not change the view', () => {
    renderList({ canChangeView: false })
    expect(screen.queryByRole('button', { name: /^Options for/ })).toBeNull()
  })
})
