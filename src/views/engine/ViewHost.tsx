import { lazy, Suspense, useMemo, useState } from 'react'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { moduleFields } from '../../custom-fields/moduleFields'
import { listCustomFields } from '../../custom-fields/customFieldsApi'
import { WorkspaceMembersProvider } from '../../custom-fields/person/WorkspaceMembersProvider'
import { RelatedRecordsProvider } from '../../custom-fields/relation/RelatedRecordsProvider'
import { supabase } from '../../lib/supabase/client'
import { WorkspacePeopleHere } from '../../realtime/presence/PresenceBars'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { PageHeader } from '../../ui/PageHeader'
import { Spinner } from '../../ui/Spinner'
import { useAsync } from './useAsync'
import { ModuleViews } from './ModuleViews'
import type { NavigateFn } from './useViewUrl'
import type { Viewer } from './viewPermissions'
import { fetchRelatedRecords, fetchWorkspaceDirectory } from './workspaceDirectory'

// Admin-only and rarely opened: its code loads on first use.
const FieldsAdminPanel = lazy(() => import('../fields-admin/FieldsAdminPanel').then((m) => ({ default: m.FieldsAdminPanel })))

export interface ViewHostWorkspace {
  id: string
  name: string
  /** IANA zone the workspace plans in ("today" in filters), when its settings name one. */
  timeZone: string | null
  /** ISO 4217 code money fields show when they name no currency of their own. */
  currency: string | null
}

export interface ViewHostProps {
  workspace: ViewHostWorkspace
  module: ModuleDefinition
  userId: string
  /** From the URL: the saved view and the record open in the drawer. */
  viewId: string | null
  recordId: string | null
  navigate: NavigateFn
}

/**
 * Opens any module through its saved views: loads the workspace's members (and so the user's role), the module's
 * custom fields and its views, then mounts the chosen view (one store, one lazily loaded renderer). The URL names
 * the view and the open record, so a link reproduces the screen.
 */
export function ViewHost({ workspace, module, userId, viewId, recordId, navigate }: ViewHostProps) {
  const directory = useAsync(`directory:${workspace.id}`, () => fetchWorkspaceDirectory(supabase, workspace.id))
  const customFields = useAsync(`fields:${workspace.id}:${module.table}`, () => listCustomFields(supabase, workspace.id, module))
  const fields = useMemo(
    () => withWorkspaceCurrency(moduleFields(module, customFields.status === 'ready' ? customFields.value : []), workspace.currency),
    [module, customFields, workspace.currency],
  )
  const related = useAsync(`related:${workspace.id}:${module.key}`, () => fetchRelatedRecords(supabase, workspace.id, module.fields))
  const relatedTitles = useMemo(
    () => new Map(related.status === 'ready' ? Object.values(related.value).flatMap((records) => records.map((record) => [record.id, record.title] as const)) : []),
    [related],
  )
  const role = directory.status === 'ready' ? (directory.value.roles.get(userId) ?? null) : null
  const viewer: Viewer = useMemo(() => ({ userId, role }), [userId, role])
  const [adminOpen, setAdminOpen] = useState(false)

  const loading = directory.status === 'loading' || customFields.status === 'loading'
  const failure = directory.status === 'error' ? directory.error : customFields.status === 'error' ? customFields.error : null

  return (
    <section className="view-host" aria-labelledby="module-title" aria-busy={loading}>
      <PageHeader
        title={module.label}
        titleId="module-title"
        eyebrow={workspace.name}
        actions={
          <>
            <WorkspacePeopleHere />
            {role === 'admin' && (
              <Button variant="ghost" onClick={() => setAdminOpen(true)}>
                Custom fields
              </Button>
            )}
          </>
        }
      />
      {failure && (
        <Callout
          tone="danger"
          title={`Could not open ${module.label.toLowerCase()}`}
          actions={
            <Button
              onClick={() => {
                directory.reload()
                customFields.reload()
              }}
            >
              Try again
            </Button>
          }
        >
          {failure}
        </Callout>
      )}
      {loading && <Spinner label={`Loading ${module.label.toLowerCase()}`} />}
      {!loading && !failure && (
        <WorkspaceMembersProvider members={directory.status === 'ready' ? directory.value.members : []}>
          <RelatedRecordsProvider records={related.status === 'ready' ? related.value : {}}>
            <ModuleViews
              key={`${workspace.id}:${module.key}:${role ?? ''}`}
              workspace={workspace}
              module={module}
              fields={fields}
              viewer={viewer}
              viewId={viewId}
              recordId={recordId}
              navigate={navigate}
              relatedTitles={relatedTitles}
            />
          </RelatedRecordsProvider>
        </WorkspaceMembersProvider>
      )}
      {adminOpen && (
        <Suspense fallback={null}>
          <FieldsAdminPanel
            workspaceId={workspace.id}
            module={module}
            rows={customFields.status === 'ready' ? customFields.value : []}
            onChanged={customFields.reload}
            onClose={() => setAdminOpen(false)}
          />
        </Suspense>
      )}
    </section>
  )
}

/**
 * Money fields that name no currency (a budget column) show the workspace's: read off the config's shape (a
 * `currency` key left null), so any field type with a currency setting takes part.
 */
function withWorkspaceCurrency(fields: FieldDefinition[], currency: string | null): FieldDefinition[] {
  if (!currency) return fields
  return fields.map((field) => {
    const config = field.config as Record<string, unknown> | null
    return config && typeof config === 'object' && 'currency' in config && config.currency === null ? { ...field, config: { ...config, currency } } : field
  })
}
