import { useEffect, useState, type ReactNode } from 'react'
import { supabase } from '../../lib/supabase/client'
import { RealtimeContext } from '../../realtime/RealtimeContext'
import type { RealtimeTransport } from '../../realtime/RealtimeTransport'
import { createSupabaseTransport } from '../../realtime/supabaseTransport'

/**
 * The signed-in user's realtime transport, made in an effect (not during render) so that strict mode's
 * mount-unmount-mount closes the first one instead of leaving its channels open.
 */
export function RealtimeProvider({ userId, children }: { userId: string; children: ReactNode }) {
  const [transport, setTransport] = useState<RealtimeTransport | null>(null)
  useEffect(() => {
    const created = createSupabaseTransport(supabase, { presenceKey: userId })
    setTransport(created)
    return () => {
      setTransport(null)
      created.close()
    }
  }, [userId])
  return <RealtimeContext.Provider value={transport}>{children}</RealtimeContext.Provider>
}
