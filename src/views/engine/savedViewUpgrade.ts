import { filterGroupSchema, sortSchema, type FilterCondition, type FilterGroup, type FilterNode, type Sort } from '../query/filterTree'
import { CURRENT_VIEW_VERSION, savedViewSchema, viewFieldSchema, viewTypes, type SavedView, type ViewField, type ViewType } from './savedView'

/**
 * Reading stored views. Every `views` row, of any version and however garbled its JSON, becomes a valid current
 * SavedView: each part is read on its own, and a part that cannot be read falls back to its default (no filter, no
 * sorts, no grouping, default fields) with an issue saying so, instead of the view failing to open.
 *
 * Version history of the stored JSON:
 *  - 0 (before versioning): `filters` a flat list of `{ field, operator, value }` (AND) or
 *    `{ conjunction, conditions }`; sorts as `"-due_date"` strings or `{ field, desc }`; `group_by` a field key;
 *    `config.hidden` a list of hidden field keys.
 *  - 1 (current): `filters` a FilterGroup tree, `sorts` `[{ field, direction }]`, `group_by` `{ field, collapsed }`,
 *    `config` `{ fields: [{ key, visible, width? }], options }`.
 */

export interface ReadSavedView {
  view: SavedView
  /** What had to be dropped or defaulted, for a console warning or a notice; empty for a healthy row. */
  issues: string[]
}

type Loose = Record<string, unknown>

const isObject = (v: unknown): v is Loose => typeof v === 'object' && v !== null && !Array.isArray(v)
const str = (v: unknown): string | null => (typeof v === 'string' && v !== '' ? v : null)

/** Upgraders from version n to n + 1, on the raw row (only the JSON shapes change). */
const upgraders: Record<number, (row: Loose) => Loose> = {
  0: (row) => {
    const config = isObject(row.config) ? row.config : {}
    const hidden = Array.isArray(config.hidden) ? config.hidden.filter((k): k is string => typeof k === 'string') : []
    const { hidden: _hidden, ...rest } = config
    return {
      ...row,
      filters: legacyFilter(row.filters),
      sorts: Array.isArray(row.sorts) ? row.sorts.map(legacySort) : row.sorts,
      group_by: typeof row.group_by === 'string' ? { field: row.group_by, collapsed: [] } : row.group_by,
      config: { ...rest, fields: hidden.map((key) => ({ key, visible: false })) },
      version: 1,
    }
  },
}

function legacyFilter(raw: unknown): unknown {
  if (Array.isArray(raw)) return { kind: 'group', conjunction: 'and', children: raw.map(legacyNode) }
  if (isObject(raw) && Array.isArray(raw.conditions)) {
    return { kind: 'group', conjunction: raw.conjunction === 'or' ? 'or' : 'and', children: raw.conditions.map(legacyNode) }
  }
  return raw
}

function legacyNode(raw: unknown): unknown {
  if (isObject(raw) && Array.isArray(raw.conditions)) return legacyFilter(raw)
  return isObject(raw) && raw.kind === undefined ? { kind: 'condition', ...raw } : raw
}

function legacySort(raw: unknown): unknown {
  if (typeof raw === 'string') return raw.startsWith('-') ? { field: raw.slice(1), direction: 'desc' } : { field: raw, direction: 'asc' }
  if (isObject(raw) && raw.direction === undefined && typeof raw.desc === 'boolean') {
    return { field: raw.field, direction: raw.desc ? 'desc' : 'asc' }
  }
  return raw
}

/** Reads one node, giving nodes without ids stable ones (their path), so repeated reads agree. */
function readNode(raw: unknown, path: string, issues: string[]): FilterNode | null {
  if (!isObject(raw)) {
    issues.push(`filter ${path}: not a condition or group, dropped`)
    return null
  }
  const id = str(raw.id) ?? path
  const isGroup = raw.kind === 'group' || (raw.kind === undefined && Array.isArray(raw.children))
  if (isGroup) {
    const children = Array.isArray(raw.children) ? raw.children : []
    return {
      kind: 'group',
      id,
      conjunction: raw.conjunction === 'or' ? 'or' : 'and',
      children: children.map((c, i) => readNode(c, `${path}.${i}`, issues)).filter((c): c is FilterNode => c !== null),
    }
  }
  const field = str(raw.field)
  const operator = str(raw.operator)
  if ((raw.kind !== undefined && raw.kind !== 'condition') || !field || !operator) {
    issues.push(`filter ${path}: a condition needs a field and an operator, dropped`)
    return null
  }
  const condition: FilterCondition = { kind: 'condition', id, field, operator }
  if (raw.value !== undefined) condition.value = raw.value
  return condition
}

function readFilter(raw: unknown, issues: string[]): FilterGroup | null {
  if (raw === null || raw === undefined) return null
  const node = readNode(Array.isArray(raw) ? { kind: 'group', children: raw } : raw, 'f', issues)
  if (node === null) return null
  const root: FilterGroup = node.kind === 'group' ? node : { kind: 'group', id: 'f', conjunction: 'and', children: [node] }
  const parsed = filterGroupSchema.safeParse(root)
  if (!parsed.success) {
    issues.push('filter: unreadable, dropped')
    return null
  }
  return parsed.data
}

function readSorts(raw: unknown, issues: string[]): Sort[] {
  if (raw === null || raw === undefined) return []
  if (!Array.isArray(raw)) {
    issues.push('sorts: not a list, dropped')
    return []
  }
  const sorts: Sort[] = []
  for (const item of raw) {
    const parsed = sortSchema.safeParse(item)
    if (parsed.success && parsed.data.field !== '') sorts.push(parsed.data)
    else issues.push('sorts: an unreadable sort was dropped')
  }
  return sorts
}

function readGroupBy(raw: unknown, issues: string[]): SavedView['groupBy'] {
  if (raw === null || raw === undefined) return null
  const field = typeof raw === 'string' ? raw : isObject(raw) ? str(raw.field) : null
  if (!field) {
    issues.push('group_by: unreadable, view not grouped')
    return null
  }
  const collapsed = isObject(raw) && Array.isArray(raw.collapsed) ? raw.collapsed.filter((k): k is string => typeof k === 'string') : []
  return { field, collapsed }
}

function readConfig(raw: unknown, issues: string[]): { fields: ViewField[]; options: Record<string, unknown> } {
  if (raw !== null && raw !== undefined && !isObject(raw)) issues.push('config: not an object, defaults used')
  const config = isObject(raw) ? raw : {}
  const fields: ViewField[] = []
  const seen = new Set<string>()
  if (config.fields !== undefined && !Array.isArray(config.fields)) issues.push('config.fields: not a list, defaults used')
  for (const item of Array.isArray(config.fields) ? config.fields : []) {
    const parsed = viewFieldSchema.safeParse(typeof item === 'string' ? { key: item, visible: true } : item)
    if (!parsed.success || seen.has(parsed.data.key)) {
      issues.push('config.fields: an unreadable entry was dropped')
      continue
    }
    seen.add(parsed.data.key)
    fields.push(parsed.data)
  }
  const options = isObject(config.options) ? config.options : {}
  if (config.options !== undefined && !isObject(config.options)) issues.push('config.options: not an object, defaults used')
  return { fields, options }
}

/** Reads a `views` row of any stored version into the current SavedView, reporting what could not be kept. */
export function readSavedView(row: unknown): ReadSavedView {
  const issues: string[] = []
  let raw: Loose = isObject(row) ? row : {}
  if (!isObject(row)) issues.push('row: not an object')
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) ? raw.version : 0
  if (version > CURRENT_VIEW_VERSION) {
    issues.push(`version ${version} is newer than this app (${CURRENT_VIEW_VERSION}); read as ${CURRENT_VIEW_VERSION}`)
    version = CURRENT_VIEW_VERSION
  }
  for (let v = Math.max(version, 0); v < CURRENT_VIEW_VERSION; v++) {
    const upgrade = upgraders[v]
    if (upgrade) raw = upgrade(raw)
  }

  const type = viewTypes.includes(raw.view_type as ViewType) ? (raw.view_type as ViewType) : 'list'
  if (type !== raw.view_type) issues.push(`view_type "${String(raw.view_type)}" unknown, shown as a list`)
  const { fields, options } = readConfig(raw.config, issues)
  const view: SavedView = {
    version: CURRENT_VIEW_VERSION,
    id: str(raw.id) ?? '',
    workspaceId: str(raw.workspace_id) ?? '',
    module: str(raw.module) ?? '',
    type,
    name: typeof raw.name === 'string' && raw.name.trim() !== '' ? raw.name : 'Untitled view',
    filter: readFilter(raw.filters, issues),
    sorts: readSorts(raw.sorts, issues),
    groupBy: readGroupBy(raw.group_by, issues),
    fields,
    options,
    isShared: typeof raw.is_shared === 'boolean' ? raw.is_shared : true,
    isLocked: raw.is_locked === true,
    ownerId: str(raw.owner_id),
    position: str(raw.position),
  }
  // Every part was checked above; the schema is the last word on the whole.
  return { view: savedViewSchema.parse(view), issues }
}

/** A `views` row of any stored version → the current SavedView (what cannot be read degrades to its default). */
export function upgradeSavedView(row: unknown): SavedView {
  return readSavedView(row).view
}
