// A small interpreter of the PostgREST query grammar postgrest-js emits (filters, logic trees, order, paging), for
// the fake Supabase of the component tests. It understands what the app sends and fails loudly on anything else,
// so a request the fake cannot answer faithfully breaks the test instead of passing it by accident.

type Row = Record<string, unknown>
export type Predicate = (row: Row) => boolean

/** Reads `status`, `custom_fields->>department` (text) or `custom_fields->score` (typed json) from a row. */
export function readPath(row: Row, path: string): unknown {
  const match = /^([a-z_][a-z0-9_]*)(?:(->>|->)([a-z0-9_]+))?$/i.exec(path)
  if (!match) throw new Error(`fake PostgREST: unsupported column path ${path}`)
  const [, column, arrow, key] = match
  const value = row[column as string]
  if (!arrow) return value ?? null
  if (value === null || typeof value !== 'object') return null
  const inner = (value as Row)[key as string]
  if (inner === undefined || inner === null) return null
  if (arrow === '->>') return typeof inner === 'object' ? JSON.stringify(inner) : String(inner)
  return inner
}

/** Splits `a,b(c,d),"e,f"` at top-level commas (outside parentheses, braces and quotes). */
export function splitTopLevel(text: string): string[] {
  const parts: string[] = []
  let depth = 0
  let quoted = false
  let current = ''
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string
    if (quoted) {
      current += char
      if (char === '\\') current += text[++i] ?? ''
      else if (char === '"') quoted = false
      continue
    }
    if (char === '"') quoted = true
    else if (char === '(' || char === '{' || char === '[') depth++
    else if (char === ')' || char === '}' || char === ']') depth--
    if (char === ',' && depth === 0) {
      parts.push(current)
      current = ''
    } else current += char
  }
  if (current !== '') parts.push(current)
  return parts
}

function unquote(value: string): string {
  if (value.startsWith('"') && value.endsWith('"')) return value.slice(1, -1).replace(/\\(.)/g, '$1')
  return value
}

function compare(value: unknown, operand: string): number {
  if (typeof value === 'number') return value - Number(operand)
  const text = String(value)
  return text < operand ? -1 : text > operand ? 1 : 0
}

function likeRegex(pattern: string, flags: string): RegExp {
  const escaped = pattern.replace(/[.+?^${}()|[\]\\]/g, '\\$&').replace(/[*%]/g, '.*').replace(/_/g, '.')
  return new RegExp(`^${escaped}$`, flags)
}

/** `op.value` (optionally `not.op.value`) on one column path. */
export function condition(path: string, expression: string): Predicate {
  if (expression.startsWith('not.')) {
    const inner = condition(path, expression.slice(4))
    return (row) => {
      const value = readPath(row, path)
      // SQL: NOT of a comparison with NULL is still unknown, so the row is left out.
      return value !== null && !inner(row)
    }
  }
  const dot = expression.indexOf('.')
  const op = expression.slice(0, dot)
  const raw = expression.slice(dot + 1)
  const operand = unquote(raw)
  const test = (fn: (value: unknown) => boolean): Predicate => (row) => {
    const value = readPath(row, path)
    return value !== null && fn(value)
  }
  switch (op) {
    case 'eq':
      return test((v) => compare(v, operand) === 0 || String(v) === operand)
    case 'neq':
      return test((v) => compare(v, operand) !== 0 && String(v) !== operand)
    case 'gt':
      return test((v) => compare(v, operand) > 0)
    case 'gte':
      return test((v) => compare(v, operand) >= 0)
    case 'lt':
      return test((v) => compare(v, operand) < 0)
    case 'lte':
      return test((v) => compare(v, operand) <= 0)
    case 'like':
      return test((v) => likeRegex(operand, '').test(String(v)))
    case 'ilike':
      return test((v) => likeRegex(operand, 'i').test(String(v)))
    case 'is':
      return (row) => {
        const value = readPath(row, path)
        if (operand === 'null') return value === null
        return value === (operand === 'true')
      }
    case 'in': {
      const items = splitTopLevel(raw.replace(/^\(|\)$/g, '')).map(unquote)
      return test((v) => items.includes(String(v)))
    }
    case 'cs': {
      const items = raw.startsWith('[') ? (JSON.parse(raw) as unknown[]).map(String) : splitTopLevel(raw.replace(/^\{|\}$/g, '')).map(unquote)
      return test((v) => Array.isArray(v) && items.every((item) => v.map(String).includes(item)))
    }
    default:
      throw new Error(`fake PostgREST: unsupported operator ${op} on ${path}`)
  }
}

/** One element of a logic tree: `and(...)`, `or(...)`, `not.and(...)` or `path.op.value`. */
function logicElement(element: string): Predicate {
  const logic = /^(not\.)?(and|or)\((.*)\)$/s.exec(element)
  if (logic) {
    const [, not, kind, body] = logic
    const tree = logicTree(kind as 'and' | 'or', body as string)
    return not ? (row) => !tree(row) : tree
  }
  const dot = element.indexOf('.')
  return condition(element.slice(0, dot), element.slice(dot + 1))
}

export function logicTree(kind: 'and' | 'or', body: string): Predicate {
  const children = splitTopLevel(body).map(logicElement)
  return kind === 'and' ? (row) => children.every((child) => child(row)) : (row) => children.some((child) => child(row))
}

const reserved = new Set(['select', 'order', 'limit', 'offset', 'columns', 'on_conflict'])

/** Every filter of a query string, as one predicate. */
export function filtersOf(params: URLSearchParams): Predicate {
  const predicates: Predicate[] = []
  for (const [key, value] of params) {
    if (reserved.has(key)) continue
    if (key === 'or' || key === 'and') predicates.push(logicTree(key, value.replace(/^\(|\)$/g, '')))
    else if (key === 'not.or' || key === 'not.and') {
      const tree = logicTree(key.slice(4) as 'and' | 'or', value.replace(/^\(|\)$/g, ''))
      predicates.push((row) => !tree(row))
    } else predicates.push(condition(key, value))
  }
  return (row) => predicates.every((predicate) => predicate(row))
}

/** Sorts by `order=a.asc.nullslast,b.desc` (nulls last ascending, first descending, as Postgres defaults). */
export function orderRows<R extends Row>(rows: R[], order: string | null): R[] {
  if (!order) return rows
  const terms = splitTopLevel(order).map((term) => {
    const parts = term.split('.')
    const path = parts[0] as string
    const descending = parts.includes('desc')
    const nullsFirst = parts.includes('nullsfirst') ? true : parts.includes('nullslast') ? false : descending
    return { path, descending, nullsFirst }
  })
  return [...rows].sort((a, b) => {
    for (const { path, descending, nullsFirst } of terms) {
      const x = readPath(a, path)
      const y = readPath(b, path)
      if (x === y) continue
      if (x === null) return nullsFirst ? -1 : 1
      if (y === null) return nullsFirst ? 1 : -1
      const result = typeof x === 'number' && typeof y === 'number' ? x - y : String(x) < String(y) ? -1 : String(x) > String(y) ? 1 : 0
      if (result !== 0) return descending ? -result : result
    }
    return 0
  })
}
