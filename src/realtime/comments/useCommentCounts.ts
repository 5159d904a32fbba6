import { useEffect, useState } from 'react'
import { supabase } from '../../lib/supabase/client'
import { useRealtimeTransport } from '../RealtimeContext'
import { commentsTopic } from '../topics'
import { applyCountEvent } from './commentCounts'
import { parseCommentEvent, type CommentEvent } from './commentSchema'
import { countComments } from './commentsApi'

const none: ReadonlyMap<string, number> = new Map()

/**
 * Comment counts of every record of one module (record id -> count; records without comments are absent), for the
 * badges on cards and rows: read once with the comment_counts RPC, then moved by the workspace's comments topic.
 * Events during the first read are applied on top of it; a connection that comes back reads again.
 */
export function useCommentCounts(workspaceId: string, table: string): ReadonlyMap<string, number> {
  const transport = useRealtimeTransport()
  const [counts, setCounts] = useState<ReadonlyMap<string, number>>(none)
  const [attempt, setAttempt] = useState(0)

  useEffect(() => {
    let current = true
    let held: CommentEvent[] | null = []
    const stopEvents = transport?.subscribe(commentsTopic(workspaceId), 'comment', (payload) => {
      const event = parseCommentEvent(payload)
      if (!event) return
      if (held) held.push(event)
      else setCounts((now) => applyCountEvent(now, event, table))
    })
    countComments(supabase, workspaceId, table).then(
      (loaded) => {
        if (!current) return
        const events = held ?? []
        held = null
        setCounts(events.reduce<ReadonlyMap<string, number>>((now, event) => applyCountEvent(now, event, table), loaded))
      },
      () => {
        // Badges are a hint: without counts the cards simply show none.
        held = null
      },
    )
    let lost = false
    const stopStatus = transport?.onStatus((next) => {
      if (next === 'reconnecting' || next === 'offline') lost = true
      else if (next === 'online' && lost) {
        lost = false
        setAttempt((n) => n + 1)
      }
    })
    return () => {
      current = false
      stopEvents?.()
      stopStatus?.()
    }
  }, [transport, workspaceId, table, attempt])

  return counts
}
