import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { dragTo, layOutBoard, slotIn } from './support/boardLayout'
import { openView, params, requestsTo } from './support/openView'
import { giveUsersUuids } from './support/uuidUsers'

async function openAssigneeBoard() {
  const app = await openView(
    'alice@northstar.test',
    (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.board }),
    (demo) => {
      giveUsersUuids(demo)
      demo.taskViews.board.group_by = { field: 'assignee_id', collapsed: [] }
    },
  )
  // The first test of the file also pays for transforming the board's chunk.
  await screen.findByRole('button', { name: 'Focus session' }, { timeout: 20_000 })
  layOutBoard()
  return app
}

const headings = () => within(screen.getByRole('region', { name: 'Task board' })).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
const cardsIn = (name: string) =>
  within(screen.getByRole('region', { name }))
    .queryAllByRole('button')
    .filter((element) => element.hasAttribute('data-card-id'))
    .map((card) => card.getAttribute('aria-label'))

describe('a board grouped by a person', () => {
  it('shows a column for every workspace member, with or without cards, and one for nobody', async () => {
    await openAssigneeBoard()

    expect(headings()).toEqual(['Alice Moreau', 'Bob Okafor', 'Carol Jensen', 'No assignee'])
    expect(cardsIn('Bob Okafor')).toEqual(['Costume fitting'])
    expect(cardsIn('Carol Jensen')).toEqual([])
    expect(within(screen.getByRole('region', { name: 'Alice Moreau' })).getByLabelText('0 cards')).toBeTruthy()
    expect(cardsIn('No assignee')).toHaveLength(4)
  })

  it('a card dropped on a member without cards is assigned to them in one PATCH', async () => {
    const { data, carol, tasks } = await openAssigneeBoard()

    await dragTo(screen.getByRole('button', { name: 'Focus session' }), slotIn(2, 0))

    await waitFor(() => expect(cardsIn('Carol Jensen')).toEqual(['Focus session']))
    const patches = requestsTo(data.log, 'PATCH', 'project_tasks')
    expect(patches).toHaveLength(1)
    expect(params(patches[0])).toMatchObject({ id: `eq.${String(tasks.focus.id)}` })
    expect(patches[0]?.body).toMatchObject({ assignee_id: carol.id })
    expect(headings()).toEqual(['Alice Moreau', 'Bob Okafor', 'Carol Jensen', 'No assignee'])
  })

  it('an empty member column collapses and expands, and the choice is saved with the view', async () => {
    const { user, data, alice } = await openAssigneeBoard()

    await user.click(screen.getByRole('button', { name: 'Collapse Alice Moreau' }))

    expect(screen.getByRole('button', { name: 'Expand Alice Moreau' }).getAttribute('aria-expanded')).toBe('false')
    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'views').at(-1)?.body).toMatchObject({ group_by: { field: 'assignee_id', collapsed: [alice.id] } }))
    await user.click(screen.getByRole('button', { name: 'Expand Alice Moreau' }))
    expect(screen.getByRole('button', { name: 'Collapse Alice Moreau' })).toBeTruthy()
  })
})
