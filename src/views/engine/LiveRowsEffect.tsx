import { useEffect } from 'react'
import { useRealtimeTransport } from '../../realtime/RealtimeContext'
import { parseRowChange } from '../../realtime/recordEvents'
import { rowsTopic } from '../../realtime/topics'
import type { FullViewStoreApi } from '../store/createViewStore'
import { onReconnect } from '../../realtime/onReconnect'

/**
 * Keeps one mounted view live: row changes of its module from the workspace's rows topic go through the store
 * (which matches them against the view in memory), and a connection that comes back refetches the view, since
 * whatever changed while it was away was never delivered.
 */
export function LiveRowsEffect({ store, table, workspaceId }: { store: FullViewStoreApi; table: string; workspaceId: string }) {
  const transport = useRealtimeTransport()
  useEffect(() => {
    if (!transport) return
    const stopRows = transport.subscribe(rowsTopic(workspaceId), '*', (payload) => {
      const event = parseRowChange(payload)
      if (event && event.table === table) store.getState().applyRemote(event)
    })
    const stopStatus = onReconnect(transport, () => {
      if (store.getState().status !== 'idle') void store.getState().reload()
    })
    return () => {
      stopRows()
      stopStatus()
    }
  }, [transport, store, table, workspaceId])
  return null
}
