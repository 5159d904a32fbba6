import { useCallback, useMemo, useState } from 'react'
import { EmptyState } from '../../ui/EmptyState'
import { resolveDateFields } from '../calendar/resolveDateFields'
import type { ViewRendererProps } from '../engine/ViewRenderer'
import { TimelineBody } from './TimelineBody'
import type { TimelineOptions, TimelineZoom } from './timelineOptions'
import './TimelineView.css'

export type TimelineViewProps = ViewRendererProps<TimelineOptions>

/**
 * Resolves the view's fields and zoom, then hands over to TimelineBody (which needs the fields to exist). The
 * timeline never calls onRangeChange: it needs the records without dates too, and spans whatever the data spans.
 */
export function TimelineView({ module, fields, view, options, store, canEdit, canChangeView, onOpenRecord, onOptionsChange }: TimelineViewProps) {
  const resolved = useMemo(() => resolveDateFields(options, fields, module), [options, fields, module])
  const groupField = options.groupField ? fields.find((field) => field.key === options.groupField) : undefined

  // The zoom chosen in the toolbar applies at once and is saved when the user may change the view; a new saved zoom wins.
  const [chosenZoom, setChosenZoom] = useState<{ forSaved: TimelineZoom; zoom: TimelineZoom } | null>(null)
  const zoom = chosenZoom?.forSaved === options.zoom ? chosenZoom.zoom : options.zoom
  const changeZoom = useCallback(
    (next: TimelineZoom) => {
      setChosenZoom({ forSaved: options.zoom, zoom: next })
      if (next !== options.zoom && canChangeView !== false) onOptionsChange({ ...options, zoom: next })
    },
    [options, onOptionsChange, canChangeView],
  )

  if (!resolved.ok) return <EmptyState title="This timeline has no date field">{resolved.message}</EmptyState>
  return (
    <TimelineBody
      label={module.label}
      fields={resolved}
      allFields={fields}
      groupField={groupField}
      storeGroupsMatch={Boolean(groupField && view.groupBy?.field === groupField.key)}
      store={store}
      canEdit={canEdit}
      zoom={zoom}
      onZoom={changeZoom}
      onOpenRecord={onOpenRecord}
    />
  )
}
