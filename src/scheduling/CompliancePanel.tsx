import { formatDate } from '../lib/format/formatDate'
import type { ModuleDefinition } from '../modules/ModuleDefinition'
import { findModuleByTable } from '../modules/registry'
import { Button } from '../ui/Button'
import { Callout } from '../ui/Callout'
import { InPlaceLink } from '../ui/InPlaceLink'
import { Pill } from '../ui/Pill'
import { Spinner } from '../ui/Spinner'
import type { Tone } from '../ui/tone'
import { fetchComplianceExpiry, nextThirtyDays, type ComplianceDocument } from './complianceExpiry'
import type { ModulePanelProps } from './modulePanels'
import { useRefreshingFetch } from './useRefreshingFetch'
import './CompliancePanel.css'

const stateBadge: Record<ComplianceDocument['state'], { label: string; tone: Tone }> = {
  expiring: { label: 'Expiring', tone: 'warning' },
  expired: { label: 'Expired', tone: 'danger' },
  unsigned: { label: 'Not signed off', tone: 'danger' },
}

// What the date means differs by document: a permit is valid until it, a safety document is reviewed by it.
const dateWord: Record<string, string> = { project_compliance: 'Valid until', project_safety: 'Review due' }

/** The label of a stored choice (a certification, a permit type), read off the module's own select options. */
function kindLabel(module: ModuleDefinition | undefined, kind: string): string {
  for (const field of module?.fields ?? []) {
    const options = (field.config as { options?: unknown } | null)?.options
    if (!Array.isArray(options)) continue
    const option = options.find((candidate: { value?: unknown }) => candidate?.value === kind) as { label?: unknown } | undefined
    if (option && typeof option.label === 'string') return option.label
  }
  return kind.replace(/_/g, ' ')
}

function momentText(instant: string | null, timeZone: string): string | null {
  if (!instant) return null
  const date = new Date(instant)
  if (Number.isNaN(date.getTime())) return null
  return new Intl.DateTimeFormat(undefined, { weekday: 'short', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone }).format(date)
}

/**
 * What runs out in the next 30 days (certificates, permits, safety documents not signed off), each with the crew
 * calls and events it leaves uncovered, from check_compliance_expiry; asked again as the view's rows change.
 */
export function CompliancePanel({ client, workspaceId, timeZone, revision, recordHref, navigate }: ModulePanelProps) {
  const range = nextThirtyDays(new Date(), timeZone)
  const { state, reload } = useRefreshingFetch(`${workspaceId}|${range.from}|${range.to}`, () => fetchComplianceExpiry(client, workspaceId, range), revision)

  const link = (table: string, id: string, title: string) => {
    const module = findModuleByTable(table)
    return module ? <InPlaceLink href={recordHref(module.key, id)} navigate={navigate}>{title}</InPlaceLink> : <span>{title}</span>
  }

  if (state.status === 'idle' || state.status === 'loading') return <Spinner size="small" label="Checking what expires" />
  if (state.status === 'error') {
    return (
      <Callout tone="danger" title="Could not check what expires" actions={<Button onClick={reload}>Try again</Button>}>
        {state.error}
      </Callout>
    )
  }
  if (state.value.length === 0) return <p className="ui-muted compliance-panel__empty">Nothing expires in the next 30 days.</p>
  return (
    <ul className="compliance-panel" aria-label="Expiring documents">
      {state.value.map((document) => {
        const module = findModuleByTable(document.table)
        const badge = stateBadge[document.state]
        return (
          <li key={`${document.table}:${document.id}`} className="compliance-panel__document">
            <div className="compliance-panel__heading">
              <span className="compliance-panel__title">{link(document.table, document.id, document.title)}</span>
              <Pill tone={badge.tone}>{badge.label}</Pill>
            </div>
            <p className="compliance-panel__meta">
              {[document.holder, kindLabel(module, document.kind), document.expiresOn && `${dateWord[document.table] ?? 'Expires'} ${formatDate(document.expiresOn)}`]
                .filter(Boolean)
                .join(' · ')}
            </p>
            {document.endangered.length > 0 && (
              <ul className="compliance-panel__endangered" aria-label={`Endangered by ${document.title}`}>
                {document.endangered.map((record) => {
                  const when = momentText(record.at, timeZone)
                  const kind = findModuleByTable(record.table)?.singular
                  return (
                    <li key={`${record.table}:${record.id}`}>
                      {kind && <span className="compliance-panel__kind">{kind}</span>} {link(record.table, record.id, record.title)}
                      {when && <span className="compliance-panel__when">{when}</span>}
                    </li>
                  )
                })}
              </ul>
            )}
          </li>
        )
      })}
    </ul>
  )
}
