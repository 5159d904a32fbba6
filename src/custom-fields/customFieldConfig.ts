import type { Json } from '../lib/supabase/types'
import type { AnyFieldType } from './registry'

const hasOptions = (type: AnyFieldType) =>
  typeof type.defaultConfig === 'object' && type.defaultConfig !== null && 'options' in (type.defaultConfig as object)

/**
 * A custom field's config as its FieldType wants it, from the row's `config` and (for selects) `options` columns.
 * A config that no longer parses (edited by hand, an older shape) falls back to the type's defaults rather than
 * breaking the module: values still show, as stored.
 */
export function configFromRow(type: AnyFieldType, row: { config: Json; options: Json }): unknown {
  const base = typeof row.config === 'object' && row.config !== null && !Array.isArray(row.config) ? row.config : {}
  const raw = hasOptions(type) ? { ...base, options: Array.isArray(row.options) ? row.options : [] } : base
  const parsed = type.configSchema.safeParse(raw)
  return parsed.success ? parsed.data : type.defaultConfig
}

/** The inverse: a FieldType config split into the row's `options` and `config` columns. */
export function configToRow(type: AnyFieldType, config: unknown): { options: Json; config: Json } {
  const all = (typeof config === 'object' && config !== null ? config : {}) as Record<string, unknown>
  if (!hasOptions(type)) return { options: [], config: all as Json }
  const { options, ...rest } = all
  return { options: (Array.isArray(options) ? options : []) as Json, config: rest as Json }
}
