import { lazy, Suspense } from 'react'
import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import type { FilterContext } from '../../../custom-fields/FieldType'
import type { ModuleDefinition } from '../../../modules/ModuleDefinition'
import { Popover } from '../../../ui/Popover'
import { Spinner } from '../../../ui/Spinner'
import { describeFilter, describeSorts } from '../../query/describeFilter'
import { countConditions } from '../filterEditing'
import type { AnyViewRenderer } from '../registry'
import type { SavedView } from '../savedView'
import type { ViewPermissions } from '../viewPermissions'
import { GroupByPicker } from './GroupByPicker'
import { parseRendererOptions } from '../parseRendererOptions'
import './ViewToolbar.css'

export interface ViewToolbarProps {
  module: ModuleDefinition
  view: SavedView
  fields: readonly FieldDefinition[]
  /** The view's renderer once its chunk has loaded (for its options editor). */
  renderer: AnyViewRenderer | null
  permissions: ViewPermissions
  context: FilterContext
  onChange(view: SavedView): void
}

// The builders' code loads when a panel first opens: the buttons are on the first screen, the forms are not.
const FilterBuilder = lazy(() => import('./FilterBuilder').then((m) => ({ default: m.FilterBuilder })))
const SortBuilder = lazy(() => import('./SortBuilder').then((m) => ({ default: m.SortBuilder })))
const FieldsMenu = lazy(() => import('./FieldsMenu').then((m) => ({ default: m.FieldsMenu })))

/**
 * Filter, sort, group, fields and the renderer's own options for the open view. Every change is saved to the view
 * (optimistically) and reloads or regroups the records; without permission the controls stay visible, disabled, with
 * the reason.
 */
export function ViewToolbar({ module, view, fields, renderer, permissions, context, onChange }: ViewToolbarProps) {
  const disabled = !permissions.canChangeView
  const reason = permissions.reason ?? undefined
  const visibleFields = fields.filter((field) => !field.hidden)
  const filters = countConditions(view.filter)
  const OptionsEditor = renderer?.OptionsEditor
  const summary = [describeFilter(view.filter, fields), describeSorts(view.sorts, fields)].filter(Boolean).join(' · ')

  return (
    <div className="view-toolbar" role="toolbar" aria-label="View settings">
      <Popover label={filters > 0 ? `Filter (${filters})` : 'Filter'} panelLabel="Filter" disabledReason={reason}>
        <Suspense fallback={<Spinner />}>
          <FilterBuilder filter={view.filter} fields={visibleFields} context={context} disabled={disabled} onChange={(filter) => onChange({ ...view, filter })} />
        </Suspense>
      </Popover>
      <Popover label={view.sorts.length > 0 ? `Sort (${view.sorts.length})` : 'Sort'} panelLabel="Sort">
        <Suspense fallback={<Spinner />}>
          <SortBuilder sorts={view.sorts} fields={visibleFields} disabled={disabled} onChange={(sorts) => onChange({ ...view, sorts })} />
        </Suspense>
      </Popover>
      {view.type !== 'calendar' && view.type !== 'timeline' && (
        <GroupByPicker
          groupBy={view.groupBy}
          fields={fields}
          required={view.type === 'board'}
          disabled={disabled}
          disabledReason={reason}
          onChange={(groupBy) => onChange({ ...view, groupBy })}
        />
      )}
      {view.type === 'list' && (
        <Popover label="Fields" panelLabel="Fields">
          <Suspense fallback={<Spinner />}>
            <FieldsMenu view={view} fields={fields} titleKey={module.titleField} disabled={disabled} onChange={(viewFields) => onChange({ ...view, fields: viewFields })} />
          </Suspense>
        </Popover>
      )}
      {renderer && OptionsEditor && (
        <Popover label="Options" panelLabel={`${renderer.label} options`}>
          <OptionsEditor
            module={module}
            fields={fields}
            view={view}
            options={parseRendererOptions(renderer, view, module)}
            disabled={disabled}
            onChange={(options: Record<string, unknown>) => onChange({ ...view, options })}
          />
        </Popover>
      )}
      {reason && (
        <span className="view-toolbar__reason" role="note">
          {reason}
        </span>
      )}
      {summary && <span className="view-toolbar__summary ui-muted">{summary}</span>}
    </div>
  )
}
