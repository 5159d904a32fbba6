import { useCallback, useEffect, useRef, useState } from 'react'
import { sameValue } from '../../realtime/conflictingFields'
import { useLocalPresence } from '../../realtime/presence/localPresenceStore'

export interface FieldEditSession {
  editing: boolean
  start(): void
  stop(): void
  /** Someone else saved this field while it was being edited: their value, until the user chooses. */
  remoteChange: { theirs: unknown } | null
  /** Go on editing over their value (the next commit writes on top of their version). */
  keepMine(): void
  /** Drop the edit and show theirs. */
  takeTheirs(): void
}

/**
 * One editor's session on one field of one record: tells everyone's presence what is being edited, and notices
 * when the saved value changes underneath (a remote update), so the editor can ask instead of silently
 * overwriting it on commit or silently discarding the draft.
 */
export function useFieldEditSession(recordId: string, field: string, value: unknown): FieldEditSession {
  const [editing, setEditing] = useState(false)
  const [base, setBase] = useState<{ value: unknown } | null>(null)
  const latest = useRef(value)
  latest.current = value

  const start = useCallback(() => {
    setBase({ value: latest.current })
    setEditing(true)
    useLocalPresence.getState().setEditing({ recordId, field })
  }, [recordId, field])

  const stop = useCallback(() => {
    setEditing(false)
    setBase(null)
    const current = useLocalPresence.getState().editing
    if (current?.recordId === recordId && current.field === field) useLocalPresence.getState().setEditing(null)
  }, [recordId, field])

  // An editor unmounted mid-edit (the record left the view) is no longer editing.
  useEffect(() => () => {
    const current = useLocalPresence.getState().editing
    if (current?.recordId === recordId && current.field === field) useLocalPresence.getState().setEditing(null)
  }, [recordId, field])

  const remoteChange = editing && base && !sameValue(base.value, value) ? { theirs: value } : null
  return {
    editing,
    start,
    stop,
    remoteChange,
    keepMine: () => setBase({ value: latest.current }),
    takeTheirs: stop,
  }
}
