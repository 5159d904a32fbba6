import { ConnectionIndicator } from './realtime/ConnectionIndicator'
import { RouteLink } from './routing/RouteLink'
import { SignOutButton } from './SignOutButton'
import './AppHeader.css'

export function AppHeader({ email }: { email: string | undefined }) {
  return (
    <header className="app-header">
      <RouteLink className="app-header__brand" href="/">
        Callboard
      </RouteLink>
      <div className="app-header__user">
        <ConnectionIndicator />
        {email && <span className="ui-muted">{email}</span>}
        <SignOutButton />
      </div>
    </header>
  )
}
