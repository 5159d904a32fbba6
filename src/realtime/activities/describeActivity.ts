import type { FieldDefinition } from '../../custom-fields/FieldDefinition'
import { describeValue } from '../../custom-fields/describeValue'
import type { ActivityRow } from './activitySchema'

export interface DescribeContext {
  /** A person's display name by profile id (the actor, assignees, person fields). */
  personName(id: string): string | undefined
  /** The module's fields, built-in and custom, for labels and formatted values; [] when unknown. */
  fields: readonly FieldDefinition[]
  /** "task": names the record in the feed ("created task “Paint flats”"); in a record's own history it is "this task". */
  singular: string
  /** Name the record by its title (the feed) rather than "this <singular>" (its own history). */
  withTitle: boolean
}

/** One field's change in words: "Status", "To do", "Done" (null = empty). */
export interface FieldChangeText {
  key: string
  label: string
  from: string | null
  to: string | null
}

export interface ActivityDescription {
  text: string
  changes: FieldChangeText[]
}

const longest = 80
/** Columns a change may carry that are not a person's edit in words (deleted_at says deleted/restored). */
const unspoken = new Set(['deleted_at', 'updated_at', 'updated_by', 'sync_version', 'position'])

/**
 * An activity as a sentence: "Bob Okafor changed Status from To do to Done", with field labels and values formatted
 * by the module's fields (custom fields by their label), people by name.
 */
export function describeActivity(row: ActivityRow, context: DescribeContext): ActivityDescription {
  const actor = (row.user_id && context.personName(row.user_id)) || 'Someone'
  const title = row.metadata?.title?.trim()
  const subject = context.withTitle ? `${context.singular} “${title || 'Untitled'}”` : `this ${context.singular}`
  const changes = fieldChanges(row, context)
  switch (row.action) {
    case 'created':
    case 'deleted':
    case 'restored':
      return { text: `${actor} ${row.action} ${subject}`, changes: row.action === 'restored' ? changes : [] }
    case 'commented':
      return { text: `${actor} commented on ${subject}`, changes: [] }
    case 'assigned': {
      const assignee = changes.find((change) => change.key === 'assignee_id')
      if (assignee?.to) return { text: `${actor} assigned ${subject} to ${assignee.to}`, changes }
      return { text: `${actor} unassigned ${subject}${assignee?.from ? ` from ${assignee.from}` : ''}`, changes }
    }
    case 'updated': {
      if (changes.length === 0) return { text: `${actor} updated ${subject}`, changes }
      const phrases = changes.map(phrase)
      const on = context.withTitle ? ` on ${subject}` : ''
      return { text: `${actor} ${joinPhrases(phrases)}${on}`, changes }
    }
    default:
      return { text: `${actor} ${row.action.replace(/_/g, ' ')} ${subject}`, changes }
  }
}

function phrase(change: FieldChangeText): string {
  if (change.to === null) return `cleared ${change.label}`
  if (change.from === null) return `set ${change.label} to ${change.to}`
  return `changed ${change.label} from ${change.from} to ${change.to}`
}

function joinPhrases(phrases: string[]): string {
  if (phrases.length <= 1) return phrases.join('')
  return `${phrases.slice(0, -1).join(', ')} and ${phrases[phrases.length - 1]}`
}

function fieldChanges(row: ActivityRow, context: DescribeContext): FieldChangeText[] {
  return Object.entries(row.changes ?? {}).flatMap(([key, change]) => {
    if (unspoken.has(key)) return []
    const custom = key.startsWith('custom_fields.')
    const fieldKey = custom ? key.slice('custom_fields.'.length) : key
    const field = context.fields.find((candidate) => candidate.key === fieldKey && (candidate.source === 'custom') === custom)
    return [{ key, label: field?.label ?? humanize(fieldKey), from: formatValue(change.old, field, context), to: formatValue(change.new, field, context) }]
  })
}

function formatValue(value: unknown, field: FieldDefinition | undefined, context: DescribeContext): string | null {
  const text = describeValue(value, field, context.personName)
  return text !== null && text.length > longest ? `${text.slice(0, longest - 1).trimEnd()}…` : text
}

/** "due_date" -> "Due date", for a column the module does not describe (any more). */
function humanize(key: string): string {
  const words = key.replace(/_id$/, '').replace(/_/g, ' ').trim()
  return words.charAt(0).toUpperCase() + words.slice(1)
}
