import { screen, waitFor, within } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it, onTestFinished, vi } from 'vitest'
import { dragTo, layOutBoard, slotIn } from './support/boardLayout'
import { buildTask } from './support/factories'
import { openView, params, requestsTo } from './support/openView'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// Counts renders of the option pills cards show for their Department field: a card body that re-renders draws its
// pill again, so this counts card renders during a drag.
const pillRenders = vi.hoisted(() => ({ count: 0 }))
vi.mock('../../src/custom-fields/shared/OptionPill', async (importOriginal) => {
  const original = await importOriginal<typeof import('../../src/custom-fields/shared/OptionPill')>()
  return {
    OptionPill: (props: Parameters<typeof original.OptionPill>[0]) => {
      pillRenders.count++
      return original.OptionPill(props)
    },
  }
})

const tasksUrl = `${SUPABASE_TEST_URL}/rest/v1/project_tasks`

async function openBoard(email = 'alice@northstar.test') {
  const app = await openView(email, (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.board }))
  await screen.findByRole('button', { name: 'Focus session' })
  layOutBoard()
  return app
}

const column = (name: string) => screen.getByRole('region', { name })
const cardsIn = (name: string) =>
  within(column(name))
    .queryAllByRole('button')
    .filter((element) => element.hasAttribute('data-card-id'))
    .map((card) => card.getAttribute('aria-label'))

describe('the board view', () => {
  it('renders a column per option of the group-by field, cards in manual order with the fields the view chose', async () => {
    await openBoard()

    const board = screen.getByRole('region', { name: 'Task board' })
    const headings = within(board).getAllByRole('heading', { level: 3 }).map((heading) => heading.textContent)
    expect(headings).toEqual(['To do', 'In progress', 'In review', 'Done'])
    expect(cardsIn('To do')).toEqual(['Hang lighting rig', 'Focus session', 'Program cues'])
    expect(cardsIn('In review')).toEqual([])
    expect(within(column('To do')).getByLabelText('3 cards')).toBeTruthy()
    // Department is a custom field, shown on cards like any other.
    expect(within(screen.getByRole('button', { name: 'Program cues' })).getByText('Sound')).toBeTruthy()
  })

  it('a drop on another column sends one PATCH with the new status and position, compare-and-set', async () => {
    const { data, tasks } = await openBoard()

    await dragTo(screen.getByRole('button', { name: 'Focus session' }), slotIn(2, 0))

    await waitFor(() => expect(cardsIn('In review')).toEqual(['Focus session']))
    expect(cardsIn('To do')).toEqual(['Hang lighting rig', 'Program cues'])
    const patches = requestsTo(data.log, 'PATCH', 'project_tasks')
    expect(patches).toHaveLength(1)
    expect(params(patches[0])).toMatchObject({ id: `eq.${String(tasks.focus.id)}`, sync_version: 'eq.1' })
    expect(patches[0]?.body).toEqual({ status: 'review', position: 'a0' })
  })

  it('a drop between two cards writes a position between theirs; within a column only the position changes', async () => {
    const { data } = await openBoard()

    await dragTo(screen.getByRole('button', { name: 'Program cues' }), slotIn(0, 0))

    await waitFor(() => expect(cardsIn('To do')).toEqual(['Program cues', 'Hang lighting rig', 'Focus session']))
    const [patch] = requestsTo(data.log, 'PATCH', 'project_tasks')
    expect(Object.keys(patch?.body as object)).toEqual(['position'])
    expect((patch?.body as { position: string }).position < 'a0').toBe(true)

    await dragTo(screen.getByRole('button', { name: 'Costume fitting' }), slotIn(0, 2))
    await waitFor(() => expect(cardsIn('To do')).toEqual(['Program cues', 'Hang lighting rig', 'Costume fitting', 'Focus session']))
    const moved = requestsTo(data.log, 'PATCH', 'project_tasks')[1]?.body as { status: string; position: string }
    expect(moved.status).toBe('todo')
    expect(moved.position > 'a0' && moved.position < 'a1').toBe(true)
  })

  it('a failed drop rolls the card back to where it was and says why', async () => {
    await openBoard()
    server.use(http.patch(tasksUrl, () => HttpResponse.json({ code: 'XX000', message: 'the server is having a bad day', details: null, hint: null }, { status: 500 })))

    await dragTo(screen.getByRole('button', { name: 'Focus session' }), slotIn(3, 1))

    expect((await screen.findByRole('alert')).textContent).toMatch(/bad day/)
    await waitFor(() => expect(cardsIn('To do')).toEqual(['Hang lighting rig', 'Focus session', 'Program cues']))
    expect(cardsIn('Done')).toEqual(['Paint flats'])
  })

  it('during a drag, cards do not re-render as the pointer moves (at most three per move)', async () => {
    await openBoard()
    const card = screen.getByRole('button', { name: 'Hang lighting rig' })
    const perMove: number[] = []
    let before = pillRenders.count

    await dragTo(card, slotIn(0, 3), {
      steps: 8,
      onMove: () => {
        perMove.push(pillRenders.count - before)
        before = pillRenders.count
      },
    })

    // The first moves pick the card up (it dims, the overlay appears); later moves re-render no card at all.
    expect(Math.max(...perMove)).toBeLessThanOrEqual(3)
    expect(perMove.slice(2).every((renders) => renders === 0)).toBe(true)
  })

  it('adds a card in a column with that column’s status, after its last card', async () => {
    const { user, data } = await openBoard()

    await user.click(within(column('In progress')).getByRole('button', { name: '+ Add task' }))
    await user.type(within(column('In progress')).getByRole('textbox', { name: 'Title of the new task' }), 'Steam costumes{Enter}')

    await waitFor(() => expect(cardsIn('In progress')).toEqual(['Costume fitting', 'Steam costumes']))
    const [insert] = requestsTo(data.log, 'POST', 'project_tasks')
    expect(insert?.body).toMatchObject({ title: 'Steam costumes', status: 'in_progress', position: 'a1' })
  })

  it('collapses a column to its name and count', async () => {
    const { user } = await openBoard()

    await user.click(screen.getByRole('button', { name: 'Collapse Done' }))

    expect(screen.getByRole('button', { name: 'Expand Done' }).getAttribute('aria-expanded')).toBe('false')
    expect(cardsIn('Done')).toEqual([])
  })

  it('a long column renders only the cards in view', async () => {
    // Cards measure 80 px tall, as in a browser (jsdom measures everything as 0).
    const offsetHeight = Object.getOwnPropertyDescriptor(HTMLElement.prototype, 'offsetHeight')!
    Object.defineProperty(HTMLElement.prototype, 'offsetHeight', {
      configurable: true,
      get(this: HTMLElement) {
        return this.classList.contains('board-column__slot') ? 80 : 0
      },
    })
    onTestFinished(() => {
      Object.defineProperty(HTMLElement.prototype, 'offsetHeight', offsetHeight)
    })
    await openView(
      'alice@northstar.test',
      (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.board }),
      (demo) => {
        for (let n = 0; n < 400; n++) {
          demo.data.tables.project_tasks!.push(buildTask(`Extra ${n}`, demo.mainStage, { status: 'done', position: `b${String(n).padStart(4, '0')}` }))
        }
      },
    )

    expect(await screen.findByLabelText('401 cards')).toBeTruthy()
    await waitFor(() => expect(cardsIn('Done').slice(0, 2)).toEqual(['Paint flats', 'Extra 0']))
    expect(cardsIn('Done').length).toBeLessThan(40)
  })

  it('for a viewer, cards cannot be dragged and no card can be added', async () => {
    const { data } = await openBoard('carol@northstar.test')

    await dragTo(screen.getByRole('button', { name: 'Focus session' }), slotIn(2, 0))

    expect(cardsIn('To do')).toEqual(['Hang lighting rig', 'Focus session', 'Program cues'])
    expect(screen.queryByRole('button', { name: '+ Add task' })).toBeNull()
    expect(requestsTo(data.log, 'PATCH', 'project_tasks')).toHaveLength(0)
  })
})
