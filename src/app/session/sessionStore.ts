import type { Session } from '@supabase/supabase-js'
import { create } from 'zustand'

export type SessionState =
  | { status: 'loading'; session: null }
  | { status: 'signedOut'; session: null }
  | { status: 'signedIn'; session: Session }

interface SessionStore {
  state: SessionState
  /** Mirrors what supabase-js reports; the store never signs in or out by itself. */
  setSession(session: Session | null): void
  /** Back to "not known yet", for when nothing is listening to supabase-js any more. */
  forget(): void
}

export const useSessionStore = create<SessionStore>()((set) => ({
  state: { status: 'loading', session: null },
  setSession: (session) =>
    set({ state: session ? { status: 'signedIn', session } : { status: 'signedOut', session: null } }),
  forget: () => set({ state: { status: 'loading', session: null } }),
}))
