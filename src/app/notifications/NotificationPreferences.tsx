import { useEffect, useState } from 'react'
import { errorMessage } from '../../lib/errorMessage'
import { supabase } from '../../lib/supabase/client'
import { readNotificationPreferences, setNotificationPreference, type MutedKinds } from '../../realtime/notifications/notificationPreferencesApi'
import { notificationKinds, type NotificationKind } from '../../realtime/notifications/notificationSchema'

const labels: Record<NotificationKind, string> = {
  mention: 'Mute mentions',
  assignment: 'Mute assignments',
  comment: 'Mute comments',
  status_change: 'Mute status changes',
}

/** Which kinds of notification the user does not want; the database skips muted kinds when it notifies. */
export function NotificationPreferences({ userId }: { userId: string }) {
  const [muted, setMuted] = useState<MutedKinds | null>(null)
  const [error, setError] = useState<string | null>(null)

  useEffect(() => {
    let current = true
    readNotificationPreferences(supabase, userId).then(
      (loaded) => current && setMuted(loaded),
      (failure: unknown) => current && setError(errorMessage(failure)),
    )
    return () => {
      current = false
    }
  }, [userId])

  function toggle(kind: NotificationKind, value: boolean) {
    setError(null)
    setMuted((prev) => (prev ? { ...prev, [kind]: value } : prev))
    setNotificationPreference(supabase, userId, kind, value).catch((failure: unknown) => {
      setMuted((prev) => (prev ? { ...prev, [kind]: !value } : prev))
      setError(errorMessage(failure))
    })
  }

  return (
    <fieldset className="notification-preferences" aria-busy={muted === null && !error}>
      <legend>Notify me less</legend>
      <div className="notification-preferences__options">
        {notificationKinds.map((kind) => (
          <label key={kind} className="notification-preferences__option">
            <input type="checkbox" disabled={muted === null} checked={muted?.[kind] ?? false} onChange={(event) => toggle(kind, event.target.checked)} />
            {labels[kind]}
          </label>
        ))}
      </div>
      {error && (
        <p role="alert" className="notification-preferences__error">
          Could not save: {error}
        </p>
      )}
    </fieldset>
  )
}
