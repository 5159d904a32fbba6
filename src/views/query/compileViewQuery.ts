import { fieldPath, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { FilterContext } from '../../custom-fields/FieldType'
import { compileFilter } from './compileFilter'
import { effectiveSorts } from './effectiveSorts'
import { createFilterContext } from './filterContext'
import type { FilterGroup, Sort } from './filterTree'
import { toQueryParams } from './postgrestSyntax'
import { resolveFilter, type FilterIssue } from './resolveFilter'

/** What compileViewQuery needs of a supabase-js select builder (PostgrestFilterBuilder has all three). */
export interface FilterableQuery<Self> {
  filter(column: string, operator: string, value: unknown): Self
  or(filters: string): Self
  order(column: string, options?: { ascending?: boolean; nullsFirst?: boolean }): Self
}

export interface ViewQueryOptions {
  /** Resolves relative dates and "me"; pass the same one to matchesFilter. */
  context?: FilterContext
  /** Adds `workspace_id=eq.<id>`: RLS shows every workspace the user belongs to. */
  workspaceId?: string
  /** Soft-deleted rows are left out unless asked for. */
  includeDeleted?: boolean
  /** The order when the view has no (valid) sorts: creation order unless given; pass the same to compareRecords. */
  defaultSorts?: readonly Sort[]
}

export interface CompiledViewQuery {
  /** Query parameters in order, e.g. `['status', 'in.("todo","done")']`, `['or', '(a.eq."1",b.is.null)']`. */
  filters: Array<[string, string]>
  /** Order terms: `{ column: 'due_date', ascending: true, nullsFirst: false }`, ending with the id tiebreak. */
  order: Array<{ column: string; ascending: boolean; nullsFirst: boolean }>
  issues: FilterIssue[]
}

/** The pure part of compileViewQuery: the parameters, ready to be appended to any PostgREST request. */
export function compileViewParams(
  view: { filter: FilterGroup | null | undefined; sorts: readonly Sort[] | null | undefined },
  fields: readonly FieldDefinition[],
  options: ViewQueryOptions = {},
): CompiledViewQuery {
  const filters: Array<[string, string]> = []
  if (options.workspaceId !== undefined) filters.push(['workspace_id', `eq.${options.workspaceId}`])
  if (!options.includeDeleted) filters.push(['deleted_at', 'is.null'])
  const { root, issues } = resolveFilter(view.filter, fields, options.context ?? createFilterContext())
  if (root) filters.push(...toQueryParams(compileFilter(root)))

  const order = effectiveSorts(view.sorts, fields, options.defaultSorts).map(({ field, fieldType, direction }) => ({
    column: fieldPath(field, fieldType.jsonAccess === 'text'),
    ascending: direction === 'asc',
    // Matches compareRecords: no value last ascending, first descending.
    nullsFirst: direction === 'desc',
  }))
  order.push({ column: 'id', ascending: true, nullsFirst: false })
  return { filters, order, issues }
}

/**
 * Applies a view's filter tree and sorts to a supabase-js select builder: top-level conditions as query parameters,
 * OR groups as `or=(...)` with nested `and(...)`, values quoted per PostgREST's grammar, custom fields through
 * `custom_fields->key` (typed jsonb) or `->>key` (text), and an order that matches compareRecords exactly.
 *
 *     compileViewQuery(supabase.from('project_tasks').select('*'), view, fields, { context, workspaceId })
 */
export function compileViewQuery<Q extends FilterableQuery<Q>>(
  query: Q,
  view: { filter: FilterGroup | null | undefined; sorts: readonly Sort[] | null | undefined },
  fields: readonly FieldDefinition[],
  options: ViewQueryOptions = {},
): Q {
  const compiled = compileViewParams(view, fields, options)
  let q = query
  for (const [key, value] of compiled.filters) {
    if (key === 'or') {
      q = q.or(value.slice(1, -1))
    } else {
      // postgrest-js appends `key=<operator>.<value>` verbatim, so any split at a dot rebuilds the same parameter.
      const dot = value.indexOf('.')
      q = q.filter(key, value.slice(0, dot), value.slice(dot + 1))
    }
  }
  for (const term of compiled.order) q = q.order(term.column, { ascending: term.ascending, nullsFirst: term.nullsFirst })
  return q
}
