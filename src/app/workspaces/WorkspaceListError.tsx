import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { useWorkspaceStore } from './workspaceStore'

/** The workspace list failed to load: the server's reason and a retry, wherever the list was needed. */
export function WorkspaceListError() {
  const error = useWorkspaceStore((s) => s.error)
  const load = useWorkspaceStore((s) => s.load)
  return (
    <Callout tone="danger" title="Could not load your workspaces" actions={<Button onClick={() => void load()}>Try again</Button>}>
      {error}
    </Callout>
  )
}
