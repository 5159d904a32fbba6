/**
 * A TypeScript type (or object literal) as a tree, and a printer that lays it out the way prettier lays out the
 * Supabase CLI's file (80 columns, 2-space indent, no semicolons): a node goes on one line when it fits and is not
 * `expanded`, otherwise one member per line. `expanded` marks the objects the CLI always writes one member per line
 * (prettier keeps an object broken when its source starts a new line after `{`).
 */
export type TypeNode =
  | { kind: 'text'; text: string }
  | { kind: 'object'; members: readonly TypeMember[]; expanded: boolean; literal: boolean }
  | { kind: 'union'; members: readonly TypeNode[] }
  | { kind: 'intersection'; parts: readonly TypeNode[] }
  | { kind: 'array'; element: TypeNode }
  | { kind: 'tuple'; elements: readonly TypeNode[] }

export interface TypeMember {
  /** Printed as is: use `propertyKey` for names. */
  key: string
  optional: boolean
  value: TypeNode
  /** Line comments printed above the member. */
  comment: readonly string[]
}

const printWidth = 80

export function text(value: string): TypeNode {
  return { kind: 'text', text: value }
}

export function objectType(members: readonly TypeMember[], expanded = false): TypeNode {
  return { kind: 'object', members, expanded, literal: false }
}

/** An object literal (a value, as in `Constants`): members end with commas. */
export function objectLiteral(members: readonly TypeMember[], expanded = false): TypeNode {
  return { kind: 'object', members, expanded, literal: true }
}

export function union(members: readonly TypeNode[]): TypeNode {
  const flattened = members.flatMap((m) => (m.kind === 'union' ? m.members : [m]))
  return flattened.length === 1 ? flattened[0]! : { kind: 'union', members: flattened }
}

export function intersection(parts: readonly TypeNode[]): TypeNode {
  return { kind: 'intersection', parts }
}

export function arrayOf(element: TypeNode): TypeNode {
  return { kind: 'array', element }
}

export function tuple(elements: readonly TypeNode[]): TypeNode {
  return { kind: 'tuple', elements }
}

export function member(key: string, value: TypeNode, options: { optional?: boolean; comment?: readonly string[] } = {}): TypeMember {
  return { key, value, optional: options.optional ?? false, comment: options.comment ?? [] }
}

/** A property name, quoted only when it is not an identifier (prettier's `quoteProps: "as-needed"`). */
export function propertyKey(name: string): string {
  return /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name) ? name : JSON.stringify(name)
}

/** A string literal as the CLI prints it (double quotes). */
export function stringLiteral(value: string): TypeNode {
  return text(JSON.stringify(value))
}

/** Prints `node` starting at `column` on a line indented by `indent`, with `trailing` characters after it. */
export function printType(node: TypeNode, indent = 0, column = indent, trailing = 0): string {
  const oneLine = flat(node)
  if (oneLine !== null && column + oneLine.length + trailing <= printWidth) return oneLine
  switch (node.kind) {
    case 'text':
      return node.text
    case 'object':
      return printBrokenObject(node, indent)
    case 'union':
      return printUnion(node, indent, column, trailing)
    case 'intersection':
      return printIntersection(node, indent, column, trailing)
    case 'array': {
      const wrap = needsParens(node.element)
      const element = printType(node.element, indent, column + (wrap ? 1 : 0), trailing + (wrap ? 3 : 2))
      return wrap ? `(${element})[]` : `${element}[]`
    }
    case 'tuple': {
      if (node.elements.length === 0) return '[]'
      const pad = ' '.repeat(indent + 2)
      const lines = node.elements.map((element) => `${pad}${printType(element, indent + 2, indent + 2, 1)},`)
      return `[\n${lines.join('\n')}\n${' '.repeat(indent)}]`
    }
  }
}

/** The one-line form, or null when the node must span lines. */
function flat(node: TypeNode): string | null {
  switch (node.kind) {
    case 'text':
      return node.text
    case 'object': {
      if (node.members.length === 0) return '{}'
      if (node.expanded || node.members.some((m) => m.comment.length > 0)) return null
      const members = node.members.map((m) => {
        const value = flat(m.value)
        return value === null ? null : `${memberHead(m)} ${value}`
      })
      if (members.some((m) => m === null)) return null
      return `{ ${members.join(node.literal ? ', ' : '; ')} }`
    }
    case 'union':
    case 'intersection': {
      const parts = (node.kind === 'union' ? node.members : node.parts).map(flat)
      if (parts.some((p) => p === null)) return null
      return parts.join(node.kind === 'union' ? ' | ' : ' & ')
    }
    case 'array': {
      const element = flat(node.element)
      if (element === null) return null
      return needsParens(node.element) ? `(${element})[]` : `${element}[]`
    }
    case 'tuple': {
      const elements = node.elements.map(flat)
      if (elements.some((e) => e === null)) return null
      return `[${elements.join(', ')}]`
    }
  }
}

function needsParens(node: TypeNode): boolean {
  return node.kind === 'union' || node.kind === 'intersection'
}

function memberHead(m: TypeMember): string {
  return `${m.key}${m.optional ? '?' : ''}:`
}

function printBrokenObject(node: Extract<TypeNode, { kind: 'object' }>, indent: number): string {
  if (node.members.length === 0) return '{}'
  const inner = indent + 2
  const pad = ' '.repeat(inner)
  const lines = node.members.map((m) => {
    const comment = m.comment.map((line) => `${pad}// ${line}\n`).join('')
    const separator = node.literal ? ',' : ''
    return `${comment}${pad}${printMember(m, inner, separator.length)}${separator}`
  })
  return `{\n${lines.join('\n')}\n${' '.repeat(indent)}}`
}

function printMember(m: TypeMember, indent: number, trailing: number): string {
  const head = memberHead(m)
  const value = m.value
  if (value.kind === 'union' && !hugsObject(value)) {
    const oneLine = flat(value)
    if (oneLine !== null && indent + head.length + 1 + oneLine.length + trailing <= printWidth) return `${head} ${oneLine}`
    // A union too long for the key's line goes below it, one member per line.
    const inner = indent + 2
    const lines = value.members.map((option, i) => {
      const last = i === value.members.length - 1
      return `\n${' '.repeat(inner)}| ${printType(option, inner + 2, inner + 2, last ? trailing : 0)}`
    })
    return head + lines.join('')
  }
  return `${head} ${printType(value, indent, indent + head.length + 1, trailing)}`
}

/** `{ ... } | null` keeps the object on the key's line (prettier hugs one object among null/undefined). */
function hugsObject(node: Extract<TypeNode, { kind: 'union' }>): boolean {
  const objects = node.members.filter((m) => m.kind === 'object')
  const rest = node.members.filter((m) => m.kind !== 'object')
  return objects.length === 1 && rest.every((m) => m.kind === 'text' && (m.text === 'null' || m.text === 'undefined'))
}

function printUnion(node: Extract<TypeNode, { kind: 'union' }>, indent: number, column: number, trailing: number): string {
  if (hugsObject(node)) {
    const rest = node.members.filter((m) => m.kind !== 'object').map((m) => ` | ${flat(m)}`)
    const object = node.members.find((m) => m.kind === 'object')!
    return `${printType(object, indent, column, trailing + rest.join('').length)}${rest.join('')}`
  }
  // Outside a member (inside an array or intersection) a union stays on one line, as prettier mostly keeps it.
  return node.members.map((m) => printType(m, indent, column, 0)).join(' | ')
}

function printIntersection(
  node: Extract<TypeNode, { kind: 'intersection' }>,
  indent: number,
  column: number,
  trailing: number,
): string {
  let out = ''
  node.parts.forEach((part, i) => {
    // The parts after this one share its line, so they count against its width (as prettier measures the rest).
    const after = node.parts.slice(i + 1).map((p) => ` & ${flat(p) ?? ''}`).join('').length
    const lastLine = out.slice(out.lastIndexOf('\n') + 1)
    const start = out.includes('\n') ? lastLine.length : column + out.length
    out += `${i > 0 ? ' & ' : ''}${printType(part, indent, start + (i > 0 ? 3 : 0), after + trailing)}`
  })
  return out
}
