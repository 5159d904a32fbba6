import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { addDays } from '../../src/custom-fields/shared/dates'
import { createFilterContext } from '../../src/views/query/filterContext'
import { findGrid, openView, params, requestsTo, rowTitles } from './support/openView'

// The demo workspace plans in London: "today" in a filter is London's day.
const today = () => createFilterContext({ timeZone: 'Europe/London', userId: null }).today

async function addDueDateCondition(user: Awaited<ReturnType<typeof openView>>['user'], operator: string) {
  await user.click(screen.getByRole('button', { name: 'Filter' }))
  const panel = screen.getByRole('dialog', { name: 'Filter' })
  await user.click(await within(panel).findByRole('button', { name: '+ Add condition' }))
  await user.selectOptions(within(panel).getByRole('combobox', { name: 'Field' }), 'Due date')
  await user.selectOptions(within(panel).getByRole('combobox', { name: 'Operator' }), operator)
  return panel
}

describe('relative dates in the filter builder', () => {
  it('“N days ago” is saved as a relative operand, compiled against today, and summarized in words', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    const panel = await addDueDateCondition(user, 'is on or before')

    const when = within(panel).getByRole('combobox', { name: 'Value for Due date: when' })
    expect(Array.from((when as HTMLSelectElement).options).map((option) => option.text)).toEqual([
      'exact date',
      'today',
      'yesterday',
      'tomorrow',
      'number of days ago',
      'number of days from now',
    ])
    await user.selectOptions(when, 'number of days ago')
    const count = within(panel).getByRole('spinbutton', { name: 'Value for Due date: number of days' })
    await user.clear(count)
    await user.type(count, '12')

    await waitFor(() => expect(params(requestsTo(data.log, 'GET', 'project_tasks').at(-1)).due_date).toBe(`lte.${addDays(today(), -12)}`))
    expect(requestsTo(data.log, 'PATCH', 'views').at(-1)?.body).toMatchObject({
      filters: { children: [{ field: 'due_date', operator: 'on_or_before', value: { relative: 'today', days: -12 } }] },
    })
    // While typing 1 then 12, the pick stayed "days ago" (a bare -1 would also read as "yesterday").
    expect((when as HTMLSelectElement).value).toBe('days_ago')
    expect(screen.getByText(/Due date is on or before 12 days ago/)).toBeTruthy()
  })

  it('“tomorrow” and back to an exact date, with the stored relative choice shown when the panel reopens', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    const panel = await addDueDateCondition(user, 'is after')

    await user.selectOptions(within(panel).getByRole('combobox', { name: 'Value for Due date: when' }), 'tomorrow')
    await waitFor(() => expect(params(requestsTo(data.log, 'GET', 'project_tasks').at(-1)).due_date).toBe(`gt.${addDays(today(), 1)}`))
    // The demo tasks are all due in 2025.
    expect(await screen.findByText('No tasks match this view')).toBeTruthy()
    expect(screen.getByText(/Due date is after tomorrow/)).toBeTruthy()

    await user.keyboard('{Escape}')
    await user.click(screen.getByRole('button', { name: 'Filter (1)' }))
    const reopened = screen.getByRole('dialog', { name: 'Filter' })
    const when = await within(reopened).findByRole('combobox', { name: 'Value for Due date: when' })
    expect((when as HTMLSelectElement).value).toBe('tomorrow')

    await user.selectOptions(when, 'exact date')
    const exact = within(reopened).getByLabelText('Value for Due date')
    await user.type(exact, '2025-03-02')
    await user.tab()
    await waitFor(() => expect(params(requestsTo(data.log, 'GET', 'project_tasks').at(-1)).due_date).toBe('gt.2025-03-02'))
    // With no rows the list showed its skeleton: the grid is a new element.
    await waitFor(async () => expect(rowTitles(await findGrid('All tasks'))).toEqual(['Hang lighting rig', 'Focus session']))
  })
})
