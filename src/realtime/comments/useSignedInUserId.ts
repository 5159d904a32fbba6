import { useContext, useEffect, useState } from 'react'
import { supabase } from '../../lib/supabase/client'
import { PresenceContext } from '../presence/PresenceContext'

/** The signed-in user's id: the workspace presence knows it; outside one, the session is asked once. */
export function useSignedInUserId(): string | null {
  const { selfId } = useContext(PresenceContext)
  const [sessionId, setSessionId] = useState<string | null>(null)
  useEffect(() => {
    if (selfId) return
    let current = true
    void supabase.auth.getSession().then(({ data }) => current && setSessionId(data.session?.user.id ?? null))
    return () => {
      current = false
    }
  }, [selfId])
  return selfId || sessionId
}
