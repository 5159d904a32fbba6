import { NotificationBell } from './notifications/NotificationBell'
import { ConnectionIndicator } from './realtime/ConnectionIndicator'
import { RouteLink } from './routing/RouteLink'
import { useSessionStore } from './session/sessionStore'
import { SignOutButton } from './SignOutButton'
import './AppHeader.css'

export function AppHeader({ email }: { email: string | undefined }) {
  // The header only shows behind sign-in, so the session store names the user whose bell this is.
  const userId = useSessionStore((s) => s.state.session?.user.id)
  return (
    <header className="app-header">
      <RouteLink className="app-header__brand" href="/">
        Callboard
      </RouteLink>
      <div className="app-header__user">
        <ConnectionIndicator />
        {userId && <NotificationBell userId={userId} />}
        {email && <span className="ui-muted">{email}</span>}
        <SignOutButton />
      </div>
    </header>
  )
}
