import { useEffect } from 'react'
import { supabase } from '../../lib/supabase/client'
import { useSessionStore } from './sessionStore'

/**
 * Keeps the session store in step with supabase-js. onAuthStateChange replays the stored session as
 * INITIAL_SESSION, so no separate getSession() call is needed, and it also reports sign-in, sign-out,
 * token refresh and changes made in other tabs.
 */
export function AuthSessionEffect() {
  useEffect(() => {
    const { setSession, forget } = useSessionStore.getState()
    const { data } = supabase.auth.onAuthStateChange((_event, session) => setSession(session))
    return () => {
      data.subscription.unsubscribe()
      forget()
    }
  }, [])
  return null
}
