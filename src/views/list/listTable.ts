import {
  columnOrderingFeature,
  columnPinningFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
  type ColumnDef,
} from '@tanstack/react-table'
import { readFieldValue } from '../../custom-fields/FieldDefinition'
import type { PlacedField } from '../engine/viewFields'
import type { RecordRow } from '../store/ViewStore'

/**
 * Only the column-layout features: sorting, filtering and grouping happen on the server and in the view store (the
 * same filter tree for both), and selection in listSelection, so the table never holds rows and its bundle stays small.
 */
export const listFeatures = tableFeatures({
  columnVisibilityFeature,
  columnOrderingFeature,
  columnPinningFeature,
  columnSizingFeature,
  columnResizingFeature,
})

export type ListFeatures = typeof listFeatures
export type ListColumnDef = ColumnDef<ListFeatures, RecordRow, unknown>

export const SELECT_COLUMN = '__select'
export const SELECT_WIDTH = 44
export const DEFAULT_WIDTH = 180
export const TITLE_WIDTH = 260

export function listColumns(placed: readonly PlacedField[], titleKey: string): ListColumnDef[] {
  const select: ListColumnDef = { id: SELECT_COLUMN, size: SELECT_WIDTH, minSize: SELECT_WIDTH, maxSize: SELECT_WIDTH, enableResizing: false }
  const fields = placed.map(
    ({ field }): ListColumnDef => ({
      id: field.key,
      accessorFn: (row: RecordRow) => readFieldValue(row, field),
      header: field.label,
      size: field.key === titleKey ? TITLE_WIDTH : DEFAULT_WIDTH,
      minSize: 72,
      maxSize: 900,
    }),
  )
  return [select, ...fields]
}

/** A CSS custom property name for a column's width; field keys are identifier-safe ([a-z0-9_]). */
export function widthVar(columnKey: string): string {
  return `--col-${columnKey}`
}
