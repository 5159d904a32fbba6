import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FilterContext } from '../../custom-fields/FieldType'
import type { FilterGroup, Sort } from '../query/filterTree'
import type { GroupLabeler } from './layoutRecords'
import type { DateRangeQuery } from './loadViewRecords'

/** What decides which records a view shows and how they are grouped: the query-relevant slice of a saved view. */
export interface ViewQuery {
  fields: readonly FieldDefinition[]
  filter: FilterGroup | null
  sorts: readonly Sort[]
  groupBy: { field: string; collapsed: readonly string[] } | null
  /** Calendar and timeline views read only the dates they show; null until the renderer reports its range. */
  range?: DateRangeQuery | null
  /** The order when the view has no sorts of its own: manual order for a board, creation order otherwise. */
  defaultSorts?: readonly Sort[]
  /** "Today" and "me" for relative filters: the same context compiles the query and matches records in memory. */
  context?: FilterContext
  /** Group labels the field type cannot know: people's names, related records' titles. */
  labelFor?: GroupLabeler
}
