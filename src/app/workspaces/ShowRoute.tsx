import { lazy, Suspense, useEffect } from 'react'
import { supabase } from '../../lib/supabase/client'
import { showPath } from '../../show/showPath'
import type { ShowMode } from '../../show/showTypes'
import { Spinner } from '../../ui/Spinner'
import { navigate } from '../routing/navigate'
import { rememberLastWorkspaceId } from './lastWorkspace'
import { WorkspaceListError } from './WorkspaceListError'
import { workspaceTimeZone } from './workspaceTimeZone'
import { findWorkspace, useWorkspaceStore } from './workspaceStore'

// Show mode loads only when a show is opened.
const ShowPage = lazy(() => import('../../show/ShowPage').then((m) => ({ default: m.ShowPage })))

const unknownWorkspaceNotice = 'That workspace does not exist or you are not a member of it. Choose one of yours below.'

/** /w/<workspaceId>/show/<eventId>/<mode>: an event's show, live, in a workspace the user belongs to. */
export function ShowRoute({ userId, workspaceId, eventId, mode, department }: {
  userId: string
  workspaceId: string
  eventId: string
  mode: ShowMode
  department: string | null
}) {
  const status = useWorkspaceStore((s) => s.status)
  const workspace = findWorkspace(useWorkspaceStore((s) => s.workspaces), workspaceId)

  useEffect(() => {
    if (status !== 'ready') return
    if (!workspace) {
      useWorkspaceStore.getState().setNotice(unknownWorkspaceNotice)
      navigate('/', { replace: true })
    } else {
      rememberLastWorkspaceId(userId, workspace.id)
    }
  }, [status, workspace, userId])

  if (status === 'error') return <main className="workspace-route__message"><WorkspaceListError /></main>
  if (!workspace) return <main className="workspace-route__message" aria-busy="true"><Spinner label="Opening the show" /></main>
  const timeZone = workspaceTimeZone(workspace.settings) ?? Intl.DateTimeFormat().resolvedOptions().timeZone
  return (
    <Suspense fallback={<Spinner label="Opening the show" />}>
      <ShowPage
        client={supabase}
        userId={userId}
        workspaceId={workspace.id}
        timeZone={timeZone}
        eventId={eventId}
        mode={mode}
        department={department}
        showHref={(m, d = null) => showPath(workspace.id, eventId, m, d)}
        navigate={navigate}
      />
    </Suspense>
  )
}
