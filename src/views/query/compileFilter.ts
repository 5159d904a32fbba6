import type { CompiledCondition } from '../../custom-fields/FieldType'
import type { ResolvedNode } from './resolveFilter'

/** The PostgREST form of a resolved filter tree (before quoting; see postgrestSyntax). */
export function compileFilter(node: ResolvedNode): CompiledCondition {
  if (node.kind === 'condition') return node.operator.compile(node.field, node.operand)
  const children = node.children.map(compileFilter)
  return node.conjunction === 'and' ? { all: children } : { any: children }
}
