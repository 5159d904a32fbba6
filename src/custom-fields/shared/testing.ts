import type { FieldDefinition } from '../FieldDefinition'
import type { FieldType, FilterContext } from '../FieldType'

// Helpers for the field type tests: a field of a type, and an operator run the way the query layer runs it.

export const testContext: FilterContext = {
  today: '2026-11-23',
  now: '2026-11-23T12:00:00.000Z',
  timeZone: 'Europe/London',
  userId: '22222222-2222-4222-8222-222222222222',
}

export function fieldOf<Config>(type: FieldType<never, Config> | FieldType<any, Config>, overrides: Partial<FieldDefinition<Config>> = {}): FieldDefinition<Config> {
  return {
    key: 'probe',
    label: 'Probe',
    type: type.id,
    config: type.defaultConfig,
    source: 'column',
    required: false,
    readOnly: false,
    ...overrides,
  }
}

/** `matches(value)` and the compiled condition of one operator with one operand, or undefined when incomplete. */
export function operatorOf(type: FieldType<any, any>, id: string, raw?: unknown, field = fieldOf(type), context = testContext) {
  const op = type.operators.find((o) => o.id === id)
  if (!op) throw new Error(`${type.id} has no operator ${id}`)
  const operand = op.arity === 0 ? undefined : op.operand?.(raw, field.config, context)
  if (op.arity !== 0 && operand === undefined) return undefined
  return {
    matches: (value: unknown) => op.match(value as never, operand, field.config),
    compiled: op.compile(field, operand),
  }
}
