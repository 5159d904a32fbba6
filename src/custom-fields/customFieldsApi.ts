import type { SupabaseClient } from '@supabase/supabase-js'
import { generateKeyBetween } from 'fractional-indexing'
import type { Json } from '../lib/supabase/types'
import type { ModuleDefinition } from '../modules/ModuleDefinition'
import { configToRow } from './customFieldConfig'
import type { CustomFieldRow } from './customFieldRow'
import { compareCustomFieldRows } from './moduleFields'
import { customFieldTypeIds, getFieldType, type AnyFieldType } from './registry'

// Administration of custom fields through supabase-js (the settings UI calls these). Row-level security decides who
// may (workspace admins and members); the database checks names, types, options and values, and strips a deleted
// field's values (or a deleted option's) from every record. Each function throws CustomFieldError with a message fit
// for the user.

// eslint-disable-next-line @typescript-eslint/no-explicit-any
type Client = SupabaseClient<any, any, any>

const COLUMNS = 'id, workspace_id, module, name, label, field_type, options, config, is_required, default_value, position, created_at, updated_at'
const NAME = /^[a-z][a-z0-9_]{0,62}$/

export class CustomFieldError extends Error {
  constructor(
    message: string,
    readonly code?: string,
  ) {
    super(message)
    this.name = 'CustomFieldError'
  }
}

function fail(error: { message: string; code?: string }, context: string): never {
  if (error.code === '23505') throw new CustomFieldError(`${context}: a field with that name already exists`, error.code)
  if (error.code === '42501') throw new CustomFieldError(`${context}: you may not change this workspace's fields`, error.code)
  throw new CustomFieldError(`${context}: ${error.message}`, error.code)
}

/**
 * The stored key for a new field: the label in snake_case ("Box office target" → box_office_target), made unique
 * among `taken` (existing names and the module's built-in columns) with a numeric suffix.
 */
export function customFieldNameFromLabel(label: string, taken: ReadonlySet<string>): string {
  const ascii = label
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '')
  let base = (/^[a-z]/.test(ascii) ? ascii : `field_${ascii}`).replace(/_+$/, '').slice(0, 56) || 'field'
  if (base === 'field_') base = 'field'
  let name = base
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`
  return name
}

function typeOf(id: string): AnyFieldType {
  const type = getFieldType(id)
  if (!type || !customFieldTypeIds.includes(id)) throw new CustomFieldError(`"${id}" is not a field type`)
  return type
}

function checkedConfig(type: AnyFieldType, config: unknown): unknown {
  const parsed = type.configSchema.safeParse(config ?? {})
  if (!parsed.success) throw new CustomFieldError(`Invalid ${type.label.toLowerCase()} settings: ${parsed.error.issues[0]?.message ?? 'unreadable'}`)
  return parsed.data
}

function checkedDefault(type: AnyFieldType, config: unknown, value: unknown): Json | null {
  if (value === null || value === undefined) return null
  const parsed = type.valueSchema(config).safeParse(value)
  if (!parsed.success) throw new CustomFieldError(`Invalid default value: ${parsed.error.issues[0]?.message ?? 'unreadable'}`)
  return parsed.data as Json
}

/** The module's custom fields in the workspace, in their saved order. */
export async function listCustomFields(client: Client, workspaceId: string, module?: Pick<ModuleDefinition, 'table'>): Promise<CustomFieldRow[]> {
  let query = client.from('custom_fields').select(COLUMNS).eq('workspace_id', workspaceId)
  if (module) query = query.eq('module', module.table)
  const { data, error } = await query
  if (error) fail(error, 'Could not load the custom fields')
  return ((data ?? []) as CustomFieldRow[]).sort(compareCustomFieldRows)
}

export interface NewCustomField {
  workspaceId: string
  module: Pick<ModuleDefinition, 'table' | 'fields'>
  label: string
  type: string
  config?: unknown
  required?: boolean
  defaultValue?: unknown
  /** The stored key; derived from the label when omitted. Cannot change later. */
  name?: string
}

/** The insert payload of a new field, placed after `existing` (the module's current custom fields). */
export function newCustomFieldRow(input: NewCustomField, existing: readonly Pick<CustomFieldRow, 'name' | 'position'>[]) {
  const label = input.label.trim()
  if (label === '') throw new CustomFieldError('A field needs a name')
  const type = typeOf(input.type)
  const config = checkedConfig(type, input.config)
  const taken = new Set([...existing.map((f) => f.name), ...input.module.fields.map((f) => f.key)])
  const name = input.name ?? customFieldNameFromLabel(label, taken)
  if (!NAME.test(name)) throw new CustomFieldError(`"${name}" is not a valid key (lower-case letters, digits and _)`)
  if (taken.has(name)) throw new CustomFieldError(`The key "${name}" is already used by another field`)
  const last = [...existing].sort(compareCustomFieldRows).filter((f) => f.position !== null).pop()?.position ?? null
  return {
    workspace_id: input.workspaceId,
    module: input.module.table,
    name,
    label,
    field_type: type.id,
    ...configToRow(type, config),
    is_required: input.required ?? false,
    default_value: checkedDefault(type, config, input.defaultValue),
    position: generateKeyBetween(last, null),
  }
}

export async function createCustomField(client: Client, input: NewCustomField): Promise<CustomFieldRow> {
  const existing = await listCustomFields(client, input.workspaceId, input.module)
  const { data, error } = await client.from('custom_fields').insert(newCustomFieldRow(input, existing)).select(COLUMNS).single()
  if (error) fail(error, `Could not create "${input.label.trim()}"`)
  return data as CustomFieldRow
}

async function update(client: Client, id: string, changes: Record<string, unknown>, context: string): Promise<CustomFieldRow> {
  const { data, error } = await client.from('custom_fields').update(changes).eq('id', id).select(COLUMNS).maybeSingle()
  if (error) fail(error, context)
  if (!data) throw new CustomFieldError(`${context}: the field no longer exists, or you may not change it`)
  return data as CustomFieldRow
}

/** Renames the field as people see it; the stored key (and every saved view) stays. */
export async function renameCustomField(client: Client, id: string, label: string): Promise<CustomFieldRow> {
  const trimmed = label.trim()
  if (trimmed === '') throw new CustomFieldError('A field needs a name')
  return update(client, id, { label: trimmed }, 'Could not rename the field')
}

/** Moves a field between two neighbours (their positions; null at either end): one row written. */
export async function moveCustomField(
  client: Client,
  id: string,
  between: { after: string | null; before: string | null },
): Promise<CustomFieldRow> {
  return update(client, id, { position: generateKeyBetween(between.after, between.before) }, 'Could not move the field')
}

export interface CustomFieldChanges {
  config?: unknown
  required?: boolean
  defaultValue?: unknown
}

/** The update payload for new settings of `row` (the type never changes: delete and recreate instead). */
export function customFieldChanges(row: Pick<CustomFieldRow, 'field_type' | 'config' | 'options'>, changes: CustomFieldChanges) {
  const type = typeOf(row.field_type)
  const payload: Record<string, unknown> = {}
  const config = changes.config === undefined ? undefined : checkedConfig(type, changes.config)
  if (config !== undefined) Object.assign(payload, configToRow(type, config))
  if (changes.required !== undefined) payload.is_required = changes.required
  if (changes.defaultValue !== undefined) {
    const effective = config ?? checkedConfig(type, { ...(row.config as object), ...(Array.isArray(row.options) ? { options: row.options } : {}) })
    payload.default_value = checkedDefault(type, effective, changes.defaultValue)
  }
  return payload
}

/**
 * Changes a field's settings: options of a select (removing one clears it from every record), precision, currency,
 * whether it is required, its default.
 */
export async function configureCustomField(client: Client, row: CustomFieldRow, changes: CustomFieldChanges): Promise<CustomFieldRow> {
  return update(client, row.id, customFieldChanges(row, changes), `Could not change "${row.label}"`)
}

/** Deletes a field; the database removes its values from every record, and views that used it drop those parts. */
export async function deleteCustomField(client: Client, id: string): Promise<void> {
  const { data, error } = await client.from('custom_fields').delete().eq('id', id).select('id')
  if (error) fail(error, 'Could not delete the field')
  if (!data || data.length === 0) throw new CustomFieldError('Could not delete the field: it no longer exists, or you may not delete it')
}
