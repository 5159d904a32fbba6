import { useState } from 'react'
import type { CallboardClient } from '../lib/supabase/client'
import { Button } from '../ui/Button'
import { departmentLabel } from './departmentCue'

const severities = [
  { value: 'minor', label: 'Minor' },
  { value: 'moderate', label: 'Moderate' },
  { value: 'major', label: 'Major' },
  { value: 'critical', label: 'Critical' },
] as const

/**
 * An incident in two taps: "Incident", then its severity. The database stamps it with the cue running and the time
 * (incidents' stamp trigger); the report and the people or gear involved can be added on the incident afterwards.
 */
export function IncidentButton({ client, workspaceId, eventId, department, cueTitle, incidentHref }: {
  client: CallboardClient
  workspaceId: string
  eventId: string
  department: string | null
  cueTitle: string | null
  incidentHref(id: string): string
}) {
  const [open, setOpen] = useState(false)
  const [busy, setBusy] = useState(false)
  const [logged, setLogged] = useState<{ id: string; severity: string } | null>(null)
  const [error, setError] = useState<string | null>(null)

  const report = async (severity: string) => {
    setBusy(true)
    setError(null)
    const where = cueTitle ? ` during ${cueTitle}` : ''
    const { data, error: refused } = await client
      .from('incidents')
      .insert({ workspace_id: workspaceId, event_id: eventId, severity, department, title: `${department ? `${departmentLabel(department)} incident` : 'Incident'}${where}` })
      .select('id')
      .single()
    setBusy(false)
    if (refused) {
      setError(refused.message)
      return
    }
    setOpen(false)
    setLogged({ id: data.id, severity })
  }

  return (
    <div className="show-incident">
      {open ? (
        <div role="group" aria-label="Incident severity" className="show-incident__severities">
          {severities.map((s) => (
            <Button key={s.value} busy={busy} onClick={() => void report(s.value)}>{s.label}</Button>
          ))}
          <Button variant="ghost" onClick={() => setOpen(false)}>Cancel</Button>
        </div>
      ) : (
        <Button onClick={() => { setLogged(null); setOpen(true) }}>Incident</Button>
      )}
      {logged && (
        <p role="status" className="show-incident__logged">
          {severities.find((s) => s.value === logged.severity)?.label} incident logged. <a href={incidentHref(logged.id)} target="_blank" rel="noreferrer">Add details</a>
        </p>
      )}
      {error && <p role="alert" className="show-incident__error">{error}</p>}
    </div>
  )
}
