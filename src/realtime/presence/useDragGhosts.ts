import { useCallback, useContext, useEffect, useRef, useState } from 'react'
import { useRealtimeTransport } from '../RealtimeContext'
import { workspaceTopic } from '../topics'
import { applyDragEvent, dragEventSchema, GHOST_TTL_MS, type DragGhost } from './dragGhosts'
import { PresenceContext } from './PresenceContext'

/** At most one drag update per frame-ish: enough for a smooth ghost, little enough for 50 people in a room. */
const SEND_EVERY_MS = 30

/** Everyone else's drags in this view, by record id. */
export function useDragGhosts(workspaceId: string, viewId: string): ReadonlyMap<string, DragGhost> {
  const transport = useRealtimeTransport()
  const [ghosts, setGhosts] = useState<ReadonlyMap<string, DragGhost>>(new Map())
  useEffect(() => {
    if (!transport) return
    setGhosts(new Map())
    const stop = transport.subscribe(workspaceTopic(workspaceId), 'drag', (payload) => {
      const parsed = dragEventSchema.safeParse(payload)
      if (parsed.success) setGhosts((current) => applyDragEvent(current, parsed.data, viewId, Date.now()))
    })
    // A ghost whose sender vanished mid-drag fades out.
    const sweep = setInterval(() => {
      setGhosts((current) => {
        const now = Date.now()
        return [...current.values()].some((ghost) => now - ghost.at >= GHOST_TTL_MS)
          ? new Map([...current].filter(([, ghost]) => now - ghost.at < GHOST_TTL_MS))
          : current
      })
    }, GHOST_TTL_MS)
    return () => {
      stop()
      clearInterval(sweep)
    }
  }, [transport, workspaceId, viewId])
  return ghosts
}

/**
 * Tells everyone else where this user is dragging a record: `report(recordId, place)` while dragging (throttled, the
 * last place always sent), `report(recordId, null)` when the drag ends.
 */
export function useDragBroadcast(workspaceId: string, viewId: string): (recordId: string, place: unknown) => void {
  const transport = useRealtimeTransport()
  const { selfId, users } = useContext(PresenceContext)
  const name = users.find((user) => user.userId === selfId)?.name ?? 'Someone'
  const pending = useRef<{ recordId: string; place: unknown } | null>(null)
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null)
  const lastSent = useRef(0)
  const context = useRef({ transport, workspaceId, viewId, selfId, name })
  context.current = { transport, workspaceId, viewId, selfId, name }

  const flush = useCallback(() => {
    timer.current = null
    const next = pending.current
    const { transport: current, workspaceId: ws, viewId: view, selfId: userId, name: who } = context.current
    if (!next || !current) return
    pending.current = null
    lastSent.current = Date.now()
    current.send(workspaceTopic(ws), 'drag', { userId, name: who, viewId: view, recordId: next.recordId, place: next.place ?? null })
  }, [])

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current)
  }, [])

  return useCallback(
    (recordId: string, place: unknown) => {
      pending.current = { recordId, place }
      const wait = SEND_EVERY_MS - (Date.now() - lastSent.current)
      if (place === null || wait <= 0) {
        if (timer.current) clearTimeout(timer.current)
        flush()
      } else if (!timer.current) {
        timer.current = setTimeout(flush, wait)
      }
    },
    [flush],
  )
}
