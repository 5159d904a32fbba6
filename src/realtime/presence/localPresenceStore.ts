import { create } from 'zustand'

/**
 * Where this tab is and what it edits, reported by the view engine (the mounted view, the open record, the focused
 * editor) and tracked by the workspace presence. Global because a tab shows one view and one focused editor.
 */
interface LocalPresence {
  viewId: string | null
  recordId: string | null
  editing: { recordId: string; field: string } | null
  setPlace(place: { viewId: string | null; recordId: string | null }): void
  setEditing(editing: { recordId: string; field: string } | null): void
}

export const useLocalPresence = create<LocalPresence>()((set) => ({
  viewId: null,
  recordId: null,
  editing: null,
  setPlace: ({ viewId, recordId }) => set({ viewId, recordId }),
  setEditing: (editing) => set({ editing }),
}))
