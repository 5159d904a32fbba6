import { Spinner } from '../ui/Spinner'
import { AuthSessionEffect } from './session/AuthSessionEffect'
import { SignInPage } from './session/SignInPage'
import { useSessionStore } from './session/sessionStore'
import { SignedInApp } from './SignedInApp'
import './App.css'

export function App() {
  const session = useSessionStore((s) => s.state)

  return (
    <>
      <AuthSessionEffect />
      {session.status === 'loading' && (
        <div className="app-loading">
          <Spinner label="Loading Callboard" />
        </div>
      )}
      {session.status === 'signedOut' && <SignInPage />}
      {session.status === 'signedIn' && <SignedInApp key={session.session.user.id} session={session.session} />}
    </>
  )
}
