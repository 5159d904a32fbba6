import type { ComponentType } from 'react'
import type { ZodType } from 'zod'
import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import type { SavedView, ViewField, ViewType } from './savedView'
import type { ViewStoreApi } from '../store/ViewStore'

export interface ViewRendererProps<Options> {
  module: ModuleDefinition
  /** Built-in and custom fields of the module, in the view's order. */
  fields: readonly FieldDefinition[]
  view: SavedView
  options: Options
  /** The mounted view's store: records, groupedIds, groups, and the write actions (patch, move, create). */
  store: ViewStoreApi
  /** False for viewers and for locked views the user may not change. */
  canEdit: boolean
  /** Whether this user may change (and save) the view itself: column widths, order, per-type options. */
  canChangeView?: boolean
  onOpenRecord(id: string): void
  /** Persist a change to this renderer's options (column widths, zoom...). */
  onOptionsChange(options: Options): void
  /** Persist the view's field order, visibility and widths (a column dragged, resized or hidden). */
  onFieldsChange?(fields: ViewField[]): void
  /** Date renderers report the range they show (end exclusive); the host then reads only records overlapping it. */
  onRangeChange?(range: { start: Date; end: Date }): void
  /** Saves the view itself (a list column menu's sort, grouping or filter); given only to who may change it. */
  onViewChange?(view: SavedView): void
}

/** One way of showing a module's records. A folder per renderer, registered once in views/engine/registry.ts. */
export interface ViewRenderer<Options = unknown> {
  type: ViewType
  label: string
  optionsSchema: ZodType<Options>
  defaultOptions(module: ModuleDefinition): Options
  supports(module: ModuleDefinition): boolean
  Component: ComponentType<ViewRendererProps<Options>>
  Skeleton: ComponentType
  /** Edits this renderer's options in the view toolbar (a board's card fields); absent when there is nothing to set. */
  OptionsEditor?: ComponentType<ViewOptionsEditorProps<Options>>
}

export interface ViewOptionsEditorProps<Options> {
  module: ModuleDefinition
  fields: readonly FieldDefinition[]
  view: SavedView
  options: Options
  disabled: boolean
  onChange(options: Options): void
}
