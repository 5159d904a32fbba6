import type { DatabaseCatalog } from './databaseCatalog.ts'
import { arrayOf, stringLiteral, text, union, type TypeNode } from './typeLayout.ts'

const numbers = new Set(['int2', 'int4', 'int8', 'float4', 'float8', 'numeric'])
// What PostgREST sends as JSON strings: text of every kind, dates and times, uuids, bytea (hex), intervals, pgvector.
const strings = new Set([
  'bytea',
  'bpchar',
  'varchar',
  'date',
  'text',
  'citext',
  'time',
  'timetz',
  'timestamp',
  'timestamptz',
  'uuid',
  'vector',
  'interval',
])

/** `Database["schema"]["Kind"]["name"]`, the way the generated file refers to its own entries. */
export function databaseRef(schema: string, kind: string, name: string): string {
  return `Database[${JSON.stringify(schema)}][${JSON.stringify(kind)}][${JSON.stringify(name)}]`
}

/**
 * The TypeScript type PostgREST's JSON has for a value of the pg_type `pgType`, as the Supabase CLI maps it.
 * User types are found by name, preferring `schema`; ones outside the described schemas become `unknown`
 * (an enum becomes the union of its labels). Ranges, geometric and other types are `unknown`.
 */
export function pgTypeToTsType(catalog: DatabaseCatalog, schema: string, pgType: string): TypeNode {
  if (pgType === 'bool') return text('boolean')
  if (numbers.has(pgType)) return text('number')
  if (strings.has(pgType)) return text('string')
  if (pgType === 'json' || pgType === 'jsonb') return text('Json')
  if (pgType === 'void') return text('undefined')
  if (pgType === 'record') return text('Record<string, unknown>')
  if (pgType.startsWith('_')) return arrayOf(pgTypeToTsType(catalog, schema, pgType.slice(1)))

  const described = new Set(catalog.schemas)
  const enumType = preferSchema(
    catalog.types.filter((t) => t.name === pgType && t.enumValues.length > 0),
    schema,
  )
  if (enumType) {
    if (described.has(enumType.schema)) return text(databaseRef(enumType.schema, 'Enums', enumType.name))
    return union(enumType.enumValues.map(stringLiteral))
  }
  const composite = preferSchema(
    catalog.types.filter((t) => t.name === pgType && t.attributes.length > 0),
    schema,
  )
  if (composite) {
    return text(described.has(composite.schema) ? databaseRef(composite.schema, 'CompositeTypes', composite.name) : 'unknown')
  }
  for (const [kind, section] of [
    ['table', 'Tables'],
    ['view', 'Views'],
  ] as const) {
    const relation = preferSchema(
      catalog.relations.filter((r) => r.kind === kind && r.name === pgType),
      schema,
    )
    if (relation) return text(described.has(relation.schema) ? `${databaseRef(relation.schema, section, relation.name)}["Row"]` : 'unknown')
  }
  return text('unknown')
}

/** `T | null`, except for `unknown`, which already admits null. */
export function nullable(type: TypeNode, isNullable: boolean): TypeNode {
  if (!isNullable || (type.kind === 'text' && (type.text === 'unknown' || type.text === 'any'))) return type
  return union([type, text('null')])
}

function preferSchema<T extends { schema: string }>(candidates: readonly T[], schema: string): T | undefined {
  return candidates.find((c) => c.schema === schema) ?? candidates[0]
}
