import { useCallback, useEffect, useMemo, useRef, useState } from 'react'
import { errorMessage } from '../../lib/errorMessage'
import { supabase } from '../../lib/supabase/client'
import { useRealtimeTransport } from '../RealtimeContext'
import { commentsTopic } from '../topics'
import { addReaction, applyCommentEvent, removeReaction, upsertComment } from './applyCommentEvent'
import { parseCommentEvent, type CommentEvent, type CommentRow } from './commentSchema'
import { addComment, deleteComment, editComment, listRecordComments, resolveComment, setReaction } from './commentsApi'
import { commentThreads, emptyThreadState, threadStateOf, visibleCommentCount, type CommentThread, type CommentThreadState } from './commentThreads'
import { useSignedInUserId } from './useSignedInUserId'
import { onReconnect } from '../onReconnect'

export interface RecordComments {
  status: 'loading' | 'ready' | 'error'
  threads: CommentThread[]
  /** Not-deleted comments, replies included. */
  count: number
  userId: string | null
  /** Why the last load or write failed, until dismissed. */
  error: string | null
  reload(): void
  dismissError(): void
  /** Resolves true when saved; a failure sets `error`. */
  add(content: string, parentId?: string | null): Promise<boolean>
  edit(id: string, content: string): Promise<boolean>
  remove(id: string): Promise<boolean>
  resolve(id: string, resolved: boolean): Promise<boolean>
  toggleReaction(commentId: string, emoji: string): void
}

/**
 * One record's comments, loaded once and kept live from the workspace's comments topic: events that arrive while
 * the load is under way are held and applied on top of it, our own writes show as soon as the server answers (their
 * echoes then change nothing), and a connection that comes back reloads.
 */
export function useRecordComments(workspaceId: string | null, table: string, recordId: string): RecordComments {
  const transport = useRealtimeTransport()
  const userId = useSignedInUserId()
  const target = useMemo(() => ({ table, recordId }), [table, recordId])
  const [state, setState] = useState<CommentThreadState>(emptyThreadState)
  const [status, setStatus] = useState<RecordComments['status']>('loading')
  const [error, setError] = useState<string | null>(null)
  const [attempt, setAttempt] = useState(0)
  const pending = useRef<CommentEvent[] | null>(null)
  const shownKey = useRef('')

  useEffect(() => {
    // Another record starts empty; a reload of the same one (a connection back) keeps what shows until it answers.
    const key = `${workspaceId ?? ''}:${table}:${recordId}`
    if (shownKey.current !== key) {
      shownKey.current = key
      setState(emptyThreadState)
      setStatus('loading')
    }
    if (!workspaceId) return
    let current = true
    pending.current = []
    listRecordComments(supabase, { workspaceId, table, recordId }).then(
      ({ comments, reactions }) => {
        if (!current) return
        const held = pending.current ?? []
        pending.current = null
        setState(held.reduce((next, event) => applyCommentEvent(next, event, target), threadStateOf(comments, reactions)))
        setStatus('ready')
      },
      (failure: unknown) => {
        if (!current) return
        pending.current = null
        setError(errorMessage(failure))
        setStatus('error')
      },
    )
    return () => {
      current = false
    }
  }, [workspaceId, table, recordId, target, attempt])

  useEffect(() => {
    if (!transport || !workspaceId) return
    const stopEvents = transport.subscribe(commentsTopic(workspaceId), '*', (payload) => {
      const event = parseCommentEvent(payload)
      if (!event) return
      if (pending.current) pending.current.push(event)
      else setState((current) => applyCommentEvent(current, event, target))
    })
    const stopStatus = onReconnect(transport, () => setAttempt((n) => n + 1))
    return () => {
      stopEvents()
      stopStatus()
    }
  }, [transport, workspaceId, target])

  const run = useCallback(async (write: () => Promise<CommentRow | null>): Promise<boolean> => {
    try {
      const row = await write()
      if (row) setState((current) => upsertComment(current, row, target))
      return row !== null
    } catch (failure) {
      setError(errorMessage(failure))
      return false
    }
  }, [target])

  const add = useCallback(
    (content: string, parentId: string | null = null) =>
      workspaceId ? run(() => addComment(supabase, { workspaceId, table, recordId, content, parentId })) : Promise.resolve(false),
    [run, workspaceId, table, recordId],
  )
  const edit = useCallback((id: string, content: string) => run(() => editComment(supabase, id, content)), [run])
  const remove = useCallback((id: string) => run(() => deleteComment(supabase, id)), [run])
  const resolve = useCallback((id: string, resolved: boolean) => run(() => resolveComment(supabase, id, resolved)), [run])

  const latest = useRef(state)
  latest.current = state
  const toggleReaction = useCallback(
    (commentId: string, emoji: string) => {
      if (!workspaceId || !userId) return
      const reaction = { comment_id: commentId, workspace_id: workspaceId, user_id: userId, emoji }
      const on = !(latest.current.reactions.get(commentId) ?? []).some((r) => r.user_id === userId && r.emoji === emoji)
      // Shown at once; taken back if the server refuses.
      setState((current) => (on ? addReaction(current, reaction) : removeReaction(current, reaction)))
      setReaction(supabase, reaction, on).catch((failure: unknown) => {
        setState((current) => (on ? removeReaction(current, reaction) : addReaction(current, reaction)))
        setError(errorMessage(failure))
      })
    },
    [workspaceId, userId],
  )

  const threads = useMemo(() => commentThreads(state), [state])
  return {
    status: workspaceId ? status : 'loading',
    threads,
    count: visibleCommentCount(state),
    userId,
    error,
    reload: useCallback(() => setAttempt((n) => n + 1), []),
    dismissError: useCallback(() => setError(null), []),
    add,
    edit,
    remove,
    resolve,
    toggleReaction,
  }
}
