import { fireEvent, screen, waitFor, within } from '@testing-library/react'
import { describe, expect, it } from 'vitest'
import { buildComment, collaborationHandlers } from './support/collaborationHandlers'
import type { buildDemoData, Row } from './support/demoData'
import { openView, requestsTo } from './support/openView'
import { server } from './support/server'
import { giveUsersUuids } from './support/uuidUsers'

type Demo = ReturnType<typeof buildDemoData>

// Comments in the record drawer through the real supabase-js client: msw answers REST as the comment policies do
// and plays the database on the workspace's comments topic, as private.broadcast_comment_change would.

const commentsTopic = (workspaceId: string) => `workspace:${workspaceId}:comments`

/** Signs in as `email` with the task "Paint flats" open in the drawer, its comments seeded by `seed`. */
async function openDrawer(email: string, seed: (demo: Demo) => Row[] = () => []) {
  const app = await openView(
    email,
    (demo) => ({ moduleKey: 'tasks', view: demo.taskViews.list, recordId: String(demo.tasks.paint.id) }),
    (demo) => {
      giveUsersUuids(demo)
      demo.data.tables.comments = seed(demo)
      server.use(...collaborationHandlers(demo.data))
    },
  )
  const drawer = await screen.findByRole('dialog', { name: 'Paint flats' })
  await app.user.click(await within(drawer).findByRole('tab', { name: /^Comments/ }))
  return { ...app, drawer, task: app.tasks.paint }
}

const commentOn = (demo: Demo, author: { id: string }, overrides: Row = {}) =>
  buildComment(author.id, demo.mainStage.id, 'project_tasks', String(demo.tasks.paint.id), overrides)

describe('comments in the record drawer', () => {
  it('posting a comment with a mention picked from the list sends the mention token', async () => {
    const { user, drawer, data, bob } = await openDrawer('alice@northstar.test')
    const input = await within(drawer).findByRole('combobox', { name: 'New comment' })

    await user.type(input, 'Can @bo')
    const options = within(drawer).getAllByRole('option')
    expect(options.map((option) => option.textContent)).toEqual([expect.stringContaining('Bob Okafor')])
    await user.keyboard('{Enter}')
    expect((input as HTMLTextAreaElement).value).toBe('Can @Bob Okafor ')
    await user.type(input, 'check the **flats**?')
    await user.click(within(drawer).getByRole('button', { name: 'Comment' }))

    await waitFor(() => expect(requestsTo(data.log, 'POST', 'comments')).toHaveLength(1))
    expect(requestsTo(data.log, 'POST', 'comments')[0]?.body).toMatchObject({
      content: `Can @[Bob Okafor](${bob.id}) check the **flats**?`,
      entity_type: 'project_tasks',
    })
    const comment = await within(drawer).findByRole('article', { name: 'Comment by Alice Moreau' })
    expect(within(comment).getByText('@Bob Okafor').className).toContain('mention-chip')
    expect(within(comment).getByText('flats').tagName).toBe('STRONG')
    expect((input as HTMLTextAreaElement).value).toBe('')
    expect(within(drawer).getByRole('tab', { name: 'Comments (1)' })).toBeTruthy()
  })

  it('picking a mention in the middle of the text puts the caret after it before the next keystroke', async () => {
    const { user, drawer } = await openDrawer('alice@northstar.test')
    const input = (await within(drawer).findByRole('combobox', { name: 'New comment' })) as HTMLTextAreaElement
    await user.type(input, 'Ask @bo today')
    // Back to just after "@bo", where the list opens again.
    await user.keyboard('{ArrowLeft>6/}')
    expect(within(drawer).getAllByRole('option').map((option) => option.textContent)).toEqual([expect.stringContaining('Bob Okafor')])
    fireEvent.keyDown(input, { key: 'Enter' })
    // Read synchronously, as a keystroke arriving in the same turn would find it: no frame has passed.
    expect(input.value).toBe('Ask @Bob Okafor  today')
    expect(input.selectionStart).toBe('Ask @Bob Okafor '.length)
    expect(input.selectionEnd).toBe('Ask @Bob Okafor '.length)
  })

  it('Escape closes the mention list without closing the drawer; arrows choose among several', async () => {
    const { user, drawer } = await openDrawer('alice@northstar.test')
    const input = await within(drawer).findByRole('combobox', { name: 'New comment' })
    await user.type(input, '@')
    expect(within(drawer).getAllByRole('option').length).toBeGreaterThan(1)
    await user.keyboard('{ArrowDown}')
    expect(within(drawer).getAllByRole('option')[1]?.getAttribute('aria-selected')).toBe('true')
    await user.keyboard('{Escape}')
    expect(within(drawer).queryAllByRole('option')).toHaveLength(0)
    expect(screen.getByRole('dialog', { name: 'Paint flats' })).toBeTruthy()
  })

  it('a comment someone else posts appears live in the open drawer; a malformed broadcast is ignored', async () => {
    const { drawer, realtime, mainStage, bob, task } = await openDrawer('alice@northstar.test')
    await within(drawer).findByText(/No comments on this task yet/)
    await waitFor(() => expect(realtime.isJoined(commentsTopic(mainStage.id))).toBe(true))

    realtime.broadcast(commentsTopic(mainStage.id), 'comment', { operation: 'INSERT', table: 'comments', record: { id: 'broken' }, old_record: null })
    const row = buildComment(bob.id, mainStage.id, 'project_tasks', String(task.id), { content: 'Flats are dry' })
    realtime.broadcast(commentsTopic(mainStage.id), 'comment', { operation: 'INSERT', table: 'comments', schema: 'public', record: row, old_record: null })
    const other = buildComment(bob.id, mainStage.id, 'project_tasks', crypto.randomUUID(), { content: 'Elsewhere' })
    realtime.broadcast(commentsTopic(mainStage.id), 'comment', { operation: 'INSERT', table: 'comments', schema: 'public', record: other, old_record: null })

    const comment = await within(drawer).findByRole('article', { name: 'Comment by Bob Okafor' })
    expect(within(comment).getByText('Flats are dry')).toBeTruthy()
    expect(within(drawer).queryByText('Elsewhere')).toBeNull()
    expect(within(drawer).getByRole('tab', { name: 'Comments (1)' })).toBeTruthy()

    realtime.broadcast(commentsTopic(mainStage.id), 'reaction', {
      operation: 'INSERT', table: 'comment_reactions', schema: 'public', record: { comment_id: row.id, workspace_id: mainStage.id, user_id: bob.id, emoji: '🎉' }, old_record: null,
    })
    expect(await within(comment).findByRole('button', { name: '🎉 1: Bob Okafor' })).toBeTruthy()
  })

  it('only the author may edit or delete a comment; a deleted one leaves the thread', async () => {
    const { user, drawer, data } = await openDrawer('alice@northstar.test', (demo) => [
      commentOn(demo, demo.alice, { content: 'Mine', created_at: '2025-03-01T10:00:00.000Z' }),
      commentOn(demo, demo.bob, { content: 'Bob’s', created_at: '2025-03-01T11:00:00.000Z' }),
    ])
    const mine = await within(drawer).findByRole('article', { name: 'Comment by Alice Moreau' })
    const bobs = within(drawer).getByRole('article', { name: 'Comment by Bob Okafor' })
    expect(within(bobs).queryByRole('button', { name: 'Edit' })).toBeNull()
    expect(within(bobs).queryByRole('button', { name: 'Delete' })).toBeNull()

    await user.click(within(mine).getByRole('button', { name: 'Edit' }))
    const editor = within(mine).getByRole('combobox', { name: 'Edit comment' })
    await user.clear(editor)
    await user.type(editor, 'Mine, edited')
    await user.click(within(mine).getByRole('button', { name: 'Save' }))
    await waitFor(() => expect(within(mine).getByText('Mine, edited')).toBeTruthy())
    expect(requestsTo(data.log, 'PATCH', 'comments')[0]?.body).toEqual({ content: 'Mine, edited' })
    expect(within(mine).getByText('(edited)')).toBeTruthy()

    await user.click(within(mine).getByRole('button', { name: 'Delete' }))
    await user.click(within(mine).getByRole('button', { name: 'Delete comment' }))
    await waitFor(() => expect(within(drawer).queryByRole('article', { name: 'Comment by Alice Moreau' })).toBeNull())
    expect(requestsTo(data.log, 'PATCH', 'comments')[1]?.body).toMatchObject({ deleted_at: expect.any(String) })
    expect(within(drawer).getByRole('tab', { name: 'Comments (1)' })).toBeTruthy()
  })

  it('resolving a thread collapses it with when it was resolved; reopening shows it again', async () => {
    const { user, drawer, data } = await openDrawer('bob@northstar.test', (demo) => [
      commentOn(demo, demo.alice, { content: 'Which paint?' }),
    ])
    await within(drawer).findByText('Which paint?')
    await user.click(within(drawer).getByRole('button', { name: 'Resolve' }))

    const thread = await within(drawer).findByRole('listitem', { name: 'Resolved thread' })
    expect(thread.textContent).toMatch(/Resolved .*Which paint\?/)
    expect(within(thread).queryByRole('article')).toBeNull()
    expect(requestsTo(data.log, 'POST', 'rpc/resolve_comment')[0]?.body).toMatchObject({ p_resolved: true })

    await user.click(within(thread).getByRole('button', { name: 'Show thread' }))
    expect(within(thread).getByRole('article', { name: 'Comment by Alice Moreau' })).toBeTruthy()
    await user.click(within(thread).getByRole('button', { name: 'Reopen' }))
    await within(drawer).findByRole('listitem', { name: 'Thread' })
    expect(requestsTo(data.log, 'POST', 'rpc/resolve_comment')[1]?.body).toMatchObject({ p_resolved: false })
  })

  it('a reaction toggles the user’s own: added, then taken back', async () => {
    const { user, drawer, data, bob } = await openDrawer('bob@northstar.test', (demo) => [commentOn(demo, demo.alice, { content: 'Ready' })])
    const comment = await within(drawer).findByRole('article', { name: 'Comment by Alice Moreau' })

    await user.click(within(comment).getByRole('button', { name: '👍 0' }))
    const pressed = await within(comment).findByRole('button', { name: '👍 1: Bob Okafor' })
    expect(pressed.getAttribute('aria-pressed')).toBe('true')
    await waitFor(() => expect(requestsTo(data.log, 'POST', 'comment_reactions')[0]?.body).toMatchObject({ emoji: '👍', user_id: bob.id }))

    await user.click(pressed)
    await within(comment).findByRole('button', { name: '👍 0' })
    await waitFor(() => expect(requestsTo(data.log, 'DELETE', 'comment_reactions')).toHaveLength(1))
    expect(data.tables.comment_reactions).toEqual([])
  })

  it('a viewer reads comments but cannot write, resolve or react', async () => {
    const { drawer } = await openDrawer('carol@northstar.test', (demo) => [commentOn(demo, demo.alice, { content: 'For the crew' })])
    const comment = await within(drawer).findByRole('article', { name: 'Comment by Alice Moreau' })
    expect(within(drawer).queryByRole('combobox', { name: 'New comment' })).toBeNull()
    expect(within(drawer).queryByRole('button', { name: 'Resolve' })).toBeNull()
    expect(within(drawer).queryByRole('button', { name: 'Reply' })).toBeNull()
    expect(within(comment).queryAllByRole('button')).toHaveLength(0)
  })
})
