import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import type { FilterContext, FilterOperator } from '../../../custom-fields/FieldType'

/**
 * How a date operand is picked in the filter builder: a fixed date, or one of the relative shapes the stored operand
 * supports (`{ relative: 'today', days }`, `{ relative: 'now', days }`), so a saved view keeps meaning "last week".
 */
export type DateChoiceMode = 'exact' | 'today' | 'yesterday' | 'tomorrow' | 'days_ago' | 'days_from_now' | 'now'

export interface DateChoice {
  mode: DateChoiceMode
  /** The count for "N days ago" / "N days from now" (always positive). */
  days: number
}

export interface RelativeSupport {
  /** Days relative to today in the workspace's zone. */
  today: boolean
  /** The current instant. */
  now: boolean
}

export const dateChoiceLabels: Record<DateChoiceMode, string> = {
  exact: 'exact date',
  today: 'today',
  yesterday: 'yesterday',
  tomorrow: 'tomorrow',
  days_ago: 'number of days ago',
  days_from_now: 'number of days from now',
  now: 'now',
}

export const DEFAULT_DAY_COUNT = 7

/**
 * Which relative shapes an operator accepts, asked of the operator itself (its `operand` resolves them or not), so
 * any field type whose operators take relative days gets the choice without the builder knowing type ids.
 */
export function relativeSupport(operator: FilterOperator, field: FieldDefinition, context: FilterContext): RelativeSupport {
  const resolves = (raw: unknown) => operator.arity === 1 && operator.operand?.(raw, field.config, context) !== undefined
  return { today: resolves({ relative: 'today', days: 0 }), now: resolves({ relative: 'now', days: 0 }) }
}

/** The modes to offer, in menu order. */
export function dateChoiceModes(support: RelativeSupport): DateChoiceMode[] {
  const modes: DateChoiceMode[] = ['exact']
  if (support.today) modes.push('today', 'yesterday', 'tomorrow', 'days_ago', 'days_from_now')
  if (support.now) modes.push('now')
  return modes
}

function relativeOf(value: unknown): { relative: string; days: number } | null {
  if (value === null || typeof value !== 'object' || Array.isArray(value)) return null
  const { relative, days } = value as { relative?: unknown; days?: unknown }
  if (typeof relative !== 'string') return null
  return { relative, days: typeof days === 'number' && Number.isInteger(days) ? days : 0 }
}

/** Reads a stored operand back into the builder's choice. */
export function dateChoiceOf(value: unknown): DateChoice {
  const rel = relativeOf(value)
  if (!rel) return { mode: 'exact', days: DEFAULT_DAY_COUNT }
  if (rel.relative === 'now') return { mode: 'now', days: DEFAULT_DAY_COUNT }
  if (rel.days === 0) return { mode: 'today', days: DEFAULT_DAY_COUNT }
  if (rel.days === -1) return { mode: 'yesterday', days: 1 }
  if (rel.days === 1) return { mode: 'tomorrow', days: 1 }
  return rel.days < 0 ? { mode: 'days_ago', days: -rel.days } : { mode: 'days_from_now', days: rel.days }
}

/** The stored operand for a choice; undefined for an exact date (the date editor supplies it). */
export function operandOfChoice(choice: DateChoice): unknown {
  switch (choice.mode) {
    case 'exact':
      return undefined
    case 'today':
      return { relative: 'today', days: 0 }
    case 'yesterday':
      return { relative: 'today', days: -1 }
    case 'tomorrow':
      return { relative: 'today', days: 1 }
    case 'days_ago':
      return { relative: 'today', days: -choice.days }
    case 'days_from_now':
      return { relative: 'today', days: choice.days }
    case 'now':
      return { relative: 'now', days: 0 }
  }
}

/**
 * Whether a mode the user picked still describes the stored value, so "3 days ago" does not turn into "yesterday"
 * while the user types 1, nor an unfinished count into "exact date".
 */
export function modeFits(mode: DateChoiceMode, value: unknown): boolean {
  const rel = relativeOf(value)
  if (value === undefined || value === null) return mode === 'exact' || mode === 'days_ago' || mode === 'days_from_now'
  if (!rel) return mode === 'exact'
  if (mode === 'days_ago') return rel.relative === 'today' && rel.days < 0
  if (mode === 'days_from_now') return rel.relative === 'today' && rel.days > 0
  return dateChoiceOf(value).mode === mode
}
