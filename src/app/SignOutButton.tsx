import { useState } from 'react'
import { supabase } from '../lib/supabase/client'
import { Button } from '../ui/Button'
import { navigate } from './routing/navigate'

/**
 * Signs out on the server (revoking the refresh token) and locally. The session store hears SIGNED_OUT
 * and shows the sign-in page; the URL goes back to `/` so the next person does not land in this
 * user's workspace.
 */
export function SignOutButton() {
  const [busy, setBusy] = useState(false)
  const [error, setError] = useState<string | null>(null)

  async function signOut() {
    setBusy(true)
    setError(null)
    const { error: signOutError } = await supabase.auth.signOut()
    if (signOutError) {
      setError(signOutError.message)
      setBusy(false)
      return
    }
    navigate('/')
  }

  return (
    <>
      {error && (
        <span role="alert" className="app-header__error">
          Sign-out failed: {error}
        </span>
      )}
      <Button variant="ghost" busy={busy} onClick={() => void signOut()}>
        Sign out
      </Button>
    </>
  )
}
