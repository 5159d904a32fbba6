import { screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { findGrid, openView, params, requestsTo } from './support/openView'

const tabs = () =>
  within(screen.getByRole('navigation', { name: 'Tasks views' }))
    .getAllByRole('link')
    .map((link) => link.textContent)

const actions = (name: string) => screen.getByRole('dialog', { name: `Actions for ${name}` })

describe('view tab actions', () => {
  it('moves a tab right and left from its menu, saving one fractional position each time', async () => {
    const { user, data, taskViews } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    expect(tabs()).toEqual(['☰All tasks', '▥Task board'])

    await user.click(screen.getByRole('button', { name: 'View actions' }))
    expect((within(actions('All tasks')).getByRole('button', { name: '← Move left' }) as HTMLButtonElement).disabled).toBe(true)
    await user.click(within(actions('All tasks')).getByRole('button', { name: 'Move right →' }))

    await waitFor(() => expect(tabs()).toEqual(['▥Task board', '☰All tasks']))
    const [patch] = requestsTo(data.log, 'PATCH', 'views')
    expect(params(patch).id).toBe(`eq.${String(taskViews.list.id)}`)
    const position = (patch?.body as { position: string }).position
    // After the board's 'a1', and nothing follows among the views alice sees.
    expect(position > 'a1').toBe(true)
    expect(screen.getByText('All tasks moved to position 2 of 2').getAttribute('role')).toBe('status')

    // The menu stays open: the tab can be walked back.
    await user.click(within(actions('All tasks')).getByRole('button', { name: '← Move left' }))
    await waitFor(() => expect(tabs()).toEqual(['☰All tasks', '▥Task board']))
    expect((requestsTo(data.log, 'PATCH', 'views')[1]?.body as { position: string }).position < 'a1').toBe(true)
  })

  it('tabs open in the saved order, whatever order the rows were created in', async () => {
    await openView(
      'bob@northstar.test',
      (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }),
      (demo) => {
        // Byte order ('Z' < 'a'), as the column's "C" collation sorts them.
        demo.taskViews.personal.position = 'Zz'
        demo.taskViews.list.position = 'a5'
      },
    )
    await findGrid('All tasks')
    expect(tabs()).toEqual(['☰My task list (personal)', '▥Task board', '☰All tasks'])
  })

  it('a member is not offered moving a locked view', async () => {
    const bob = await openView(
      'bob@northstar.test',
      (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }),
      (demo) => {
        demo.taskViews.list.is_locked = true
      },
    )
    await findGrid('All tasks')
    await bob.user.click(screen.getByRole('button', { name: 'View actions' }))
    expect(within(actions('All tasks')).queryByRole('group', { name: 'Tab order' })).toBeNull()
  })

  it('a viewer is offered no tab order', async () => {
    const carol = await openView('carol@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    await carol.user.click(screen.getByRole('button', { name: 'View actions' }))
    expect(within(actions('All tasks')).queryByRole('group', { name: 'Tab order' })).toBeNull()
  })

  it('the owner makes a shared view personal and shares it again; the PATCH and the tab say so', async () => {
    const { user, data, taskViews } = await openView('alice@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')

    await user.click(screen.getByRole('button', { name: 'View actions' }))
    await user.click(within(actions('All tasks')).getByRole('button', { name: 'Make personal' }))

    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'views')).toHaveLength(1))
    const patch = requestsTo(data.log, 'PATCH', 'views')[0]
    expect(params(patch).id).toBe(`eq.${String(taskViews.list.id)}`)
    expect(patch?.body).toMatchObject({ is_shared: false, name: 'All tasks' })
    expect(patch?.body).not.toHaveProperty('owner_id')
    await waitFor(() => expect(tabs()[0]).toBe('☰All tasks (personal)'))
    expect(taskViews.list.is_shared).toBe(false)

    await user.click(screen.getByRole('button', { name: 'View actions' }))
    await user.click(within(actions('All tasks')).getByRole('button', { name: 'Share with workspace' }))
    await waitFor(() => expect(requestsTo(data.log, 'PATCH', 'views').at(-1)?.body).toMatchObject({ is_shared: true }))
    await waitFor(() => expect(tabs()[0]).toBe('☰All tasks'))
  })

  it('a member may rename someone else’s shared view but is not offered making it personal', async () => {
    const bob = await openView('bob@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    await bob.user.click(screen.getByRole('button', { name: 'View actions' }))
    expect(within(actions('All tasks')).getByRole('button', { name: 'Rename' })).toBeTruthy()
    expect(within(actions('All tasks')).queryByRole('button', { name: 'Make personal' })).toBeNull()
  })

  it('a viewer (carol) is offered neither sharing nor any other change', async () => {
    const { user, data } = await openView('carol@northstar.test', (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list }))
    await findGrid('All tasks')
    await user.click(screen.getByRole('button', { name: 'View actions' }))
    const menu = actions('All tasks')
    expect(within(menu).queryByRole('button', { name: 'Make personal' })).toBeNull()
    expect(within(menu).queryByRole('button', { name: 'Share with workspace' })).toBeNull()
    expect(within(menu).queryByRole('button')).toBeNull()
    expect(within(menu).getByText(/view-only access/)).toBeTruthy()
    expect(requestsTo(data.log, 'PATCH', 'views')).toHaveLength(0)
  })
})
