import type { CompiledCondition, PostgrestCondition } from '../../custom-fields/FieldType'

// PostgREST's query grammar, written in one place (ApiRequest/QueryParams.hs): what must be quoted where.
//  - A query parameter's value runs to the end of the parameter: `title=eq.a,b (c)` needs no quoting.
//  - Inside `or=(...)` a value ends at `,` or `)` unless double-quoted; inside quotes a backslash escapes any
//    character. Every logic-tree value is quoted here, so commas, parentheses, dots, quotes, backslashes, spaces
//    and unicode all survive.
//  - `in.(...)` items are quoted the same way, in both places.
//  - `is.null` takes a bare keyword and is never quoted.

/** `"a \"b\" c\\d"`: a value inside a logic tree or an `in` list. */
export function quoteValue(value: string): string {
  return `"${value.replace(/\\/g, '\\\\').replace(/"/g, '\\"')}"`
}

function list(values: readonly string[]): string {
  return `(${values.map(quoteValue).join(',')})`
}

const isKeywordOperator = (op: string) => op === 'is' || op === 'not.is'

function operand(condition: PostgrestCondition, inLogicTree: boolean): string {
  const { op, value } = condition
  if (typeof value !== 'string') return list(value)
  if (op === 'in' || op === 'not.in') return list([value])
  if (isKeywordOperator(op) || !inLogicTree) return value
  return quoteValue(value)
}

/** The value of a query parameter `path=<this>`. */
export function paramValue(condition: PostgrestCondition): string {
  return `${condition.op}.${operand(condition, false)}`
}

/** One element of an `or=(...)`/`and=(...)` list: `status.in.("a","b")`, `or(a.eq."1",b.is.null)`. */
export function logicElement(condition: CompiledCondition): string {
  if ('any' in condition) return `or(${condition.any.map(logicElement).join(',')})`
  if ('all' in condition) return `and(${condition.all.map(logicElement).join(',')})`
  return `${condition.path}.${condition.op}.${operand(condition, true)}`
}

const TRUE: CompiledCondition = { all: [] }
const FALSE: CompiledCondition = { any: [] }
const isTrue = (c: CompiledCondition) => 'all' in c && c.all.length === 0
const isFalse = (c: CompiledCondition) => 'any' in c && c.any.length === 0

/**
 * Flattens nested groups of the same kind, unwraps single-child groups and folds constants (`{ all: [] }` is true,
 * `{ any: [] }` false), so the URL stays short and the top level can use plain query parameters where possible.
 */
export function simplify(condition: CompiledCondition): CompiledCondition {
  if (!('any' in condition) && !('all' in condition)) return condition
  const isAny = 'any' in condition
  const flat: CompiledCondition[] = []
  for (const child of ('any' in condition ? condition.any : condition.all).map(simplify)) {
    if (isAny ? isTrue(child) : isFalse(child)) return child
    if (isAny ? isFalse(child) : isTrue(child)) continue
    if (isAny && 'any' in child) flat.push(...child.any)
    else if (!isAny && 'all' in child) flat.push(...child.all)
    else flat.push(child)
  }
  if (flat.length === 0) return isAny ? FALSE : TRUE
  if (flat.length === 1) return flat[0] as CompiledCondition
  return isAny ? { any: flat } : { all: flat }
}

/**
 * The query parameters of a compiled filter: a top-level AND becomes one parameter per condition (and one `or` per
 * OR group), a top-level OR a single `or=(...)`; always-true adds nothing. Repeated keys are fine: PostgREST ANDs them.
 */
export function toQueryParams(condition: CompiledCondition): Array<[string, string]> {
  const root = simplify(condition)
  // Nothing can match: no module row has a null primary key.
  if (isFalse(root)) return [['id', 'is.null']]
  const parts = 'all' in root ? root.all : [root]
  return parts.map((part): [string, string] => {
    // After simplify, the parts of a top-level AND are conditions or OR groups, never ANDs.
    if ('any' in part) return ['or', `(${part.any.map(logicElement).join(',')})`]
    if ('all' in part) return ['and', `(${part.all.map(logicElement).join(',')})`]
    return [part.path, paramValue(part)]
  })
}
