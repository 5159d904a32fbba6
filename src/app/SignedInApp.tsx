import type { Session } from '@supabase/supabase-js'
import { AppHeader } from './AppHeader'
import { RealtimeProvider } from './realtime/RealtimeProvider'
import { useRoute } from './routing/useRoute'
import { WorkspaceLandingEffect } from './workspaces/WorkspaceLandingEffect'
import { WorkspaceListEffect } from './workspaces/WorkspaceListEffect'
import { WorkspacePickerPage } from './workspaces/WorkspacePickerPage'
import { ShowRoute } from './workspaces/ShowRoute'
import { WorkspaceRoute } from './workspaces/WorkspaceRoute'

/** Everything behind sign-in. App keys it by user, so a different user never inherits this one's state. */
export function SignedInApp({ session }: { session: Session }) {
  const route = useRoute()
  const userId = session.user.id

  return (
    <RealtimeProvider userId={userId}>
      <div className="app">
        <WorkspaceListEffect userId={userId} />
        <WorkspaceLandingEffect userId={userId} route={route} />
        <AppHeader email={session.user.email} />
        {route.name === 'workspace' ? (
          <WorkspaceRoute
            userId={userId}
            workspaceId={route.workspaceId}
            moduleKey={route.moduleKey}
            viewId={route.viewId}
            recordId={route.recordId}
          />
        ) : route.name === 'show' ? (
          <ShowRoute userId={userId} workspaceId={route.workspaceId} eventId={route.eventId} mode={route.mode} department={route.department} />
        ) : (
          <WorkspacePickerPage userId={userId} />
        )}
      </div>
    </RealtimeProvider>
  )
}
