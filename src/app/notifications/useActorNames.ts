import { useEffect, useState } from 'react'
import { supabase } from '../../lib/supabase/client'

// Names hardly change within a session: read each person once, whichever panel asked.
const cache = new Map<string, string>()

/**
 * Display names of the people who caused notifications (the profile's full name, else the email), read in one
 * request for the ids not known yet. Row-level security shows co-members only; others stay unnamed.
 */
export function useActorNames(ids: readonly string[]): ReadonlyMap<string, string> {
  const [, setVersion] = useState(0)
  const missing = [...new Set(ids)].filter((id) => !cache.has(id)).sort()
  const key = missing.join(',')

  useEffect(() => {
    if (!key) return
    let current = true
    void supabase
      .from('profiles')
      .select('id, full_name, email')
      .in('id', key.split(','))
      .then(({ data }) => {
        for (const profile of (data ?? []) as { id: string; full_name: string | null; email: string | null }[]) {
          cache.set(profile.id, profile.full_name || profile.email || 'Someone')
        }
        if (current) setVersion((version) => version + 1)
      })
    return () => {
      current = false
    }
  }, [key])

  return cache
}
