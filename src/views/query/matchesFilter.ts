import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FilterContext } from '../../custom-fields/FieldType'
import { createFilterContext } from './filterContext'
import type { FilterGroup } from './filterTree'
import { resolveFilter, type ResolvedNode } from './resolveFilter'

export interface MatchOptions {
  /** The same context the query was compiled with (defaults to now, the local zone, nobody signed in). */
  context?: FilterContext
  /** Soft-deleted rows (deleted_at set) never match unless asked for, as the compiled query leaves them out. */
  includeDeleted?: boolean
  /** When set, rows of other workspaces never match (the compiled query scopes to it too). */
  workspaceId?: string
}

export type RecordMatcher = (record: Record<string, unknown>) => boolean

function evaluate(node: ResolvedNode, record: Record<string, unknown>): boolean {
  if (node.kind === 'condition') {
    return node.operator.match(readFieldValue(record, node.field), node.operand, node.field.config)
  }
  return node.conjunction === 'and'
    ? node.children.every((child) => evaluate(child, record))
    : node.children.some((child) => evaluate(child, record))
}

/** Resolves the filter once and returns a predicate, for matching many records (a realtime batch, a reload). */
export function createRecordMatcher(
  filter: FilterGroup | null | undefined,
  fields: readonly FieldDefinition[],
  options: MatchOptions = {},
): RecordMatcher {
  const { root } = resolveFilter(filter, fields, options.context ?? createFilterContext())
  return (record) => {
    if (!options.includeDeleted && record.deleted_at !== null && record.deleted_at !== undefined) return false
    if (options.workspaceId !== undefined && record.workspace_id !== options.workspaceId) return false
    return root === null || evaluate(root, record)
  }
}

/**
 * The in-memory interpreter of the filter tree: does this record belong in the view? Agrees with compileViewQuery
 * row for row (tests/integration/queryAgreement.test.ts), which is what lets realtime events be placed without a refetch.
 */
export function matchesFilter(
  record: Record<string, unknown>,
  filter: FilterGroup | null | undefined,
  fields: readonly FieldDefinition[],
  options: MatchOptions = {},
): boolean {
  return createRecordMatcher(filter, fields, options)(record)
}
