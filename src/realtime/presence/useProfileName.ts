import type { SupabaseClient } from '@supabase/supabase-js'
import { useEffect, useState } from 'react'

/** The name others see for this user: the profile's full name, else the email; null until read. */
export function useProfileName(
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: SupabaseClient<any, any, any>,
  userId: string,
): string | null {
  const [name, setName] = useState<string | null>(null)
  useEffect(() => {
    let current = true
    void client
      .from('profiles')
      .select('full_name, email')
      .eq('id', userId)
      .maybeSingle()
      .then(({ data }) => {
        const profile = data as { full_name: string | null; email: string | null } | null
        if (current) setName(profile?.full_name || profile?.email || 'Someone')
      })
    return () => {
      current = false
    }
  }, [client, userId])
  return name
}
