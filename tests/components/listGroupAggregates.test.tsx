import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { getFieldType } from '../../src/custom-fields/registry'
import { findGrid, openView, requestsTo } from './support/openView'

const summed = (demo: Parameters<Parameters<typeof openView>[2] & object>[0]) => {
  demo.taskViews.list.group_by = { field: 'status', collapsed: [] }
  demo.taskViews.list.config = {
    fields: [
      { key: 'title', visible: true },
      { key: 'status', visible: true },
      { key: 'due_date', visible: true },
      { key: 'estimate_hours', visible: true },
    ],
    options: { aggregates: { estimate_hours: 'sum', due_date: 'earliest', title: 'count' } },
  }
}

const day = (value: string) => getFieldType('date')!.format(value, {})
const summary = (name: string) => screen.getByRole('status', { name }).textContent

describe('group rows of a grouped list', () => {
  it('show the footer’s aggregates over each group, under their columns, collapsed or not', async () => {
    const { user, data } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }), summed)
    const grid = await findGrid('All tasks')

    expect(summary('Sum of Estimate in To do')).toContain('13.5')
    expect(summary('Sum of Estimate in In progress')).toContain('2')
    expect(summary('Sum of Estimate in Done')).toContain('8')
    expect(summary('Count of Title in To do')).toContain('3')
    // Program cues is due first among the to-dos; Paint flats is the only one done.
    expect(summary('Earliest of Due date in To do')).toBe(`Earliest ${day('2025-03-01')}`)
    expect(summary('Earliest of Due date in Done')).toBe(`Earliest ${day('2025-02-10')}`)
    // The whole view's footer still sums everything.
    expect(summary('Sum of Estimate')).toContain('23.5')

    // Collapsing a group keeps its summary in view.
    await user.click(within(grid).getByRole('button', { name: 'Done' }))
    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'views')).toHaveLength(1))
    expect(summary('Sum of Estimate in Done')).toContain('8')
  })
})
