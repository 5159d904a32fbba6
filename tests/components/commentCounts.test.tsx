import { render, screen, waitFor } from '@testing-library/react'
import { http, HttpResponse } from 'msw'
import { describe, expect, it } from 'vitest'
import { CommentCountBadge } from '../../src/realtime/comments/CommentCountBadge'
import { useCommentCounts } from '../../src/realtime/comments/useCommentCounts'
import { createFakeRealtimeHub } from '../../src/realtime/fakeTransport'
import { RealtimeContext } from '../../src/realtime/RealtimeContext'
import { buildComment } from './support/collaborationHandlers'
import { server } from './support/server'
import { SUPABASE_TEST_URL } from './support/supabaseTestEnv'

// The badge a board card or list row shows: counts from the comment_counts RPC, moved live by the comments topic.

function Badges({ ids }: { ids: string[] }) {
  const counts = useCommentCounts('ws', 'project_tasks')
  return (
    <ul>
      {ids.map((id) => (
        <li key={id} data-testid={id}>
          <CommentCountBadge count={counts.get(id) ?? 0} />
        </li>
      ))}
    </ul>
  )
}

describe('comment count badges', () => {
  it('show each record’s count, follow comments added and deleted live, and show nothing at zero', async () => {
    server.use(http.post(`${SUPABASE_TEST_URL}/rest/v1/rpc/comment_counts`, () => HttpResponse.json([{ entity_id: 'r1', count: 2 }, { entity_id: 'r2', count: 1 }])))
    const hub = createFakeRealtimeHub()
    render(
      <RealtimeContext.Provider value={hub.transport('alice')}>
        <Badges ids={['r1', 'r2', 'r3']} />
      </RealtimeContext.Provider>,
    )
    expect(await screen.findByRole('img', { name: '2 comments' })).toBeTruthy()
    expect(screen.getByRole('img', { name: '1 comment' })).toBeTruthy()
    expect(screen.getByTestId('r3').textContent).toBe('')

    const added = buildComment('bob', 'ws', 'project_tasks', 'r3')
    hub.emit('workspace:ws:comments', 'comment', { operation: 'INSERT', table: 'comments', schema: 'public', record: added, old_record: null })
    await waitFor(() => expect(screen.getByTestId('r3').textContent).toContain('💬 1'))

    const gone = buildComment('bob', 'ws', 'project_tasks', 'r2')
    hub.emit('workspace:ws:comments', 'comment', {
      operation: 'UPDATE', table: 'comments', schema: 'public', record: { ...gone, deleted_at: '2025-03-02T00:00:00Z' }, old_record: gone,
    })
    await waitFor(() => expect(screen.getByTestId('r2').textContent).toBe(''))
    expect(screen.getByRole('img', { name: '2 comments' })).toBeTruthy()
  })
})
