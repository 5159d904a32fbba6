import { useStore } from 'zustand'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import type { FullViewStoreApi } from '../store/createViewStore'

/** A failed or conflicting write, said out loud (role=alert) until dismissed or the next write succeeds. */
export function WriteErrorCallout({ store }: { store: FullViewStoreApi }) {
  const writeError = useStore(store, (s) => s.writeError)
  const loadError = useStore(store, (s) => (s.status === 'error' ? s.error : null))
  if (loadError) {
    return (
      <Callout tone="danger" title="Could not load the records" actions={<Button onClick={() => void store.getState().reload()}>Try again</Button>}>
        {loadError}
      </Callout>
    )
  }
  if (!writeError) return null
  return (
    <Callout tone="danger" actions={<Button onClick={() => store.getState().dismissWriteError()}>Dismiss</Button>}>
      {writeError}
    </Callout>
  )
}
