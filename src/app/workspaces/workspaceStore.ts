import { create } from 'zustand'
import { errorMessage } from '../../lib/errorMessage'
import { fetchWorkspaces, type WorkspaceSummary } from './fetchWorkspaces'

interface WorkspaceListState {
  status: 'idle' | 'loading' | 'ready' | 'error'
  workspaces: WorkspaceSummary[]
  error: string | null
  /** A one-off message for the picker, e.g. why a link did not open. Cleared when a workspace opens. */
  notice: string | null
}

interface WorkspaceStore extends WorkspaceListState {
  load(): Promise<void>
  reset(): void
  setNotice(notice: string | null): void
}

const initialState = (): WorkspaceListState => ({ status: 'idle', workspaces: [], error: null, notice: null })

// Bumped by every load and reset, so a response that lands after a newer load or a sign-out is dropped.
let generation = 0

/** The signed-in user's workspaces, loaded once per session and shared by the picker and the workspace pages. */
export const useWorkspaceStore = create<WorkspaceStore>()((set) => ({
  ...initialState(),
  load: async () => {
    const mine = ++generation
    set({ status: 'loading', error: null })
    try {
      const workspaces = await fetchWorkspaces()
      if (mine === generation) set({ status: 'ready', workspaces })
    } catch (error) {
      if (mine === generation) set({ status: 'error', error: errorMessage(error) })
    }
  },
  reset: () => {
    generation++
    set(initialState())
  },
  setNotice: (notice) => set({ notice }),
}))

export function findWorkspace(workspaces: readonly WorkspaceSummary[], id: string): WorkspaceSummary | undefined {
  return workspaces.find((workspace) => workspace.id === id)
}
