import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import fc from 'fast-check'
import type { SupabaseClient } from '@supabase/supabase-js'
import type { Backend } from '../../server/startBackend.ts'
import { createCustomField, listCustomFields } from '../../src/custom-fields/customFieldsApi.ts'
import type { FieldDefinition } from '../../src/custom-fields/FieldDefinition.ts'
import { moduleFields } from '../../src/custom-fields/moduleFields.ts'
import { getFieldType } from '../../src/custom-fields/registry.ts'
import { addDays } from '../../src/custom-fields/shared/dates.ts'
import type { SelectConfig } from '../../src/custom-fields/shared/selectOption.ts'
import { eventsModule } from '../../src/modules/eventsModule.ts'
import type { ModuleDefinition } from '../../src/modules/ModuleDefinition.ts'
import { productionsModule } from '../../src/modules/productionsModule.ts'
import { tasksModule } from '../../src/modules/tasksModule.ts'
import { compareRecords } from '../../src/views/query/compareRecords.ts'
import { compileViewQuery } from '../../src/views/query/compileViewQuery.ts'
import { createFilterContext, type FilterContext } from '../../src/views/query/filterContext.ts'
import type { FilterCondition, FilterGroup, FilterNode, Sort } from '../../src/views/query/filterTree.ts'
import { createRecordMatcher } from '../../src/views/query/matchesFilter.ts'
import { ids, signedInClient, startTestBackend } from '../support/testBackend.ts'

// One filter tree, two interpreters: random trees of conditions (every operator of every field type the tasks,
// productions and events modules use, built-in and custom) and sorts go through compileViewQuery + supabase-js
// against the embedded backend, signed in as Bob, and through matchesFilter + compareRecords over every row fetched
// once. The ids must be the same, in the same order (the id tiebreak makes every order total). A fixed seed keeps
// runs reproducible; a failure prints the tree to replay.

type Row = Record<string, unknown> & { id: string }

let backend: Backend
let alice: SupabaseClient
let bob: SupabaseClient
let context: FilterContext

/** Strings that have broken query compilers before: PostgREST's reserved characters, LIKE and regex metacharacters,
 * quotes, backslashes, spacing, case-folding traps (ß/ẞ, İ, final sigma) and characters beyond the BMP. */
const EDGE_TEXT = [
  'Hang "the" rig, (fast)',
  'back\\slash \\"quoted\\"',
  '50% off_sale*',
  'Ünïcödé Straße',
  'ẞ GROSSE',
  'İstanbul tour',
  'ΣΑΣ σας',
  '😀 emoji night',
  ' leading space',
  'trailing space ',
  'a.b:c->d',
  'null',
  'true',
  'or(a.eq.1)',
  '{"json": [1]}',
  "O'Neil's",
]
// NUL and a lone surrogate cannot travel in a query: operands holding them count as unfinished on both sides.
const ALPHABET = ['a', 'A', 'e', 'é', 'É', 'ß', 'ẞ', 'i', 'İ', 'σ', 'Σ', 'ς', ',', '"', '(', ')', '\\', '*', '%', '_', ' ', '.', ':', '😀', 'ü', 'Ü', 'n', 'o', 'r', 't', '>', '-', "'", '\u0000', '\ud83d']

/** A deterministic PRNG for the fixture data (mulberry32). */
function prng(seed: number) {
  let a = seed
  return () => {
    a = (a + 0x6d2b79f5) | 0
    let t = Math.imul(a ^ (a >>> 15), 1 | a)
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const taskFields = [
  { label: 'Effort', type: 'rating', config: { max: 5 } },
  {
    label: 'Tags',
    type: 'multi_select',
    config: {
      options: [
        { value: 'a,b', label: 'A, B', color: 'blue' },
        { value: 'x"y', label: 'Quote' },
        { value: 'paren(s)', label: 'Parens' },
        { value: 'ünï', label: 'Unicode' },
        { value: 'plain', label: 'Plain' },
      ],
    },
  },
  { label: 'Budget code', type: 'text', config: {} },
  { label: 'Cost', type: 'currency', config: { allowNegative: true } },
  { label: 'Call time', type: 'date_time', config: {} },
  { label: 'Note date', type: 'date', config: {} },
  { label: 'Lead', type: 'person', config: {} },
  { label: 'Ratio', type: 'percent', config: {} },
  { label: 'Minutes', type: 'duration', config: {} },
  { label: 'Site', type: 'url', config: {} },
  { label: 'Contact', type: 'email', config: {} },
  { label: 'Phone no', type: 'phone', config: {} },
  { label: 'Notes', type: 'long_text', config: {} },
  { label: 'Score', type: 'number', config: {} },
  { label: 'Flagged', type: 'checkbox', config: {} },
]

const productionFields = [
  {
    label: 'Genre',
    type: 'single_select',
    config: {
      options: [
        { value: 'drama', label: 'Drama' },
        { value: 'comedy, musical', label: 'Comedy, musical' },
        { value: '“quoted” "plain"', label: 'Quoted' },
        { value: "o'neil", label: "O'Neil" },
        { value: 'back\\slash', label: 'Backslash' },
      ],
    },
  },
  { label: 'Attendance', type: 'number', config: {} },
  { label: 'Opening', type: 'date_time', config: {} },
  { label: 'Premiere date', type: 'date', config: {} },
  { label: 'Producer', type: 'person', config: {} },
  { label: 'Ticket url', type: 'url', config: {} },
  { label: 'Flagship', type: 'checkbox', config: {} },
]

const people = [ids.alice, ids.bob, ids.carol]

/** A plausible value of a custom field for the fixture rows (or none). */
function sampleValue(field: FieldDefinition, random: () => number): unknown {
  if (random() < 0.25) return undefined
  const pick = <T,>(items: readonly T[]): T => items[Math.floor(random() * items.length)] as T
  const n = (scale: number) => Math.round((random() - 0.3) * scale * 100) / 100
  switch (field.type) {
    case 'rating':
      return 1 + Math.floor(random() * 5)
    case 'multi_select': {
      const options = (field.config as SelectConfig).options.map((o) => o.value)
      return options.filter(() => random() < 0.4)
    }
    case 'single_select':
      return pick((field.config as SelectConfig).options.map((o) => o.value))
    case 'text':
    case 'long_text':
      return random() < 0.5 ? pick(EDGE_TEXT) : `Code ${Math.floor(random() * 50)}`
    case 'currency':
    case 'number': {
      const value = random() < 0.1 ? pick([0, 1e-7, 1e21, -0.5]) : n(10_000)
      const negativeOk = field.type === 'number' || (field.config as { allowNegative?: boolean }).allowNegative
      return negativeOk ? value : Math.abs(value)
    }
    case 'percent':
      return n(2)
    case 'duration':
      return Math.floor(random() * 600)
    case 'date_time':
      return new Date(Date.now() + (random() - 0.5) * 60 * 86_400_000).toISOString().replace('Z', random() < 0.5 ? 'Z' : '+00:00')
    case 'date':
      return addDays(context.today, Math.floor((random() - 0.5) * 60))
    case 'person':
      return pick(people)
    case 'url':
      return pick(['https://example.com/a,b', 'https://example.com/(x)', 'http://ünï.test/"q"', 'https://callboard.test/'])
    case 'email':
      return pick(['crew@northstar.test', 'o.neil+tour@venue.test', 'ÜBER@example.test'])
    case 'phone':
      return pick(['+44 7700 900123', '(555) 010-9999 ext. 4', '0117 496 0000'])
    case 'checkbox':
      return random() < 0.5
    default:
      return undefined
  }
}

async function createFields(module: ModuleDefinition, specs: typeof taskFields): Promise<FieldDefinition[]> {
  for (const spec of specs) {
    await createCustomField(alice, { workspaceId: ids.mainStage, module, label: spec.label, type: spec.type, config: spec.config })
  }
  return moduleFields(module, await listCustomFields(alice, ids.mainStage, module))
}

/** Gives the rows custom values and some built-in edge values, as Alice, in one upsert per table. */
async function fillRows(module: ModuleDefinition, fields: FieldDefinition[], edit: (row: Row, i: number, random: () => number) => void) {
  const { data, error } = await alice.from(module.table).select('*').eq('workspace_id', ids.mainStage).order('id')
  expect(error).toBeNull()
  const random = prng(module.table.length * 7919)
  const rows = (data as Row[]).map((row, i) => {
    const values: Record<string, unknown> = { ...(row.custom_fields as object) }
    for (const field of fields.filter((f) => f.source === 'custom')) {
      const value = sampleValue(field, random)
      if (value === undefined) delete values[field.key]
      else values[field.key] = value
    }
    const next: Row = { ...row, custom_fields: values }
    delete next.sync_version
    delete next.updated_at
    edit(next, i, random)
    return next
  })
  const { error: upsertError } = await alice.from(module.table).upsert(rows)
  expect(upsertError).toBeNull()
}

const today = () => context.today

/** Operands a condition on `field` with `operator` may carry: realistic values, edge values, incomplete ones. */
function operandArbitrary(field: FieldDefinition, operatorId: string, arity: 0 | 1 | 'many', rows: Row[]): fc.Arbitrary<unknown> {
  if (arity === 0) return fc.constant(undefined)
  const present = rows
    .map((r) => (field.source === 'column' ? r[field.key] : (r.custom_fields as Record<string, unknown>)[field.key]))
    .filter((v) => v !== null && v !== undefined)
  const fromData = present.length > 0 ? fc.constantFrom(...present) : fc.constant(null)
  const incomplete = fc.constantFrom(undefined, null, '', [], { nonsense: true })
  const text = fc.oneof(
    fc.constantFrom(...EDGE_TEXT),
    fc.string({ unit: fc.constantFrom(...ALPHABET), minLength: 1, maxLength: 4 }),
    // A piece of a stored value, in its own case or folded either way: where case-insensitive matching differs.
    fc
      .tuple(fc.oneof(fromData, fc.constantFrom(...EDGE_TEXT)), fc.nat(), fc.integer({ min: 1, max: 5 }), fc.constantFrom('same', 'lower', 'upper'))
      .map(([v, start, length, fold]) => {
        const chars = [...String(v)]
        const piece = chars.slice(start % chars.length, (start % chars.length) + length).join('')
        return fold === 'lower' ? piece.toLowerCase() : fold === 'upper' ? piece.toUpperCase() : piece
      }),
  )
  const number = fc.oneof(
    fromData,
    fc.constantFrom(0, -0, 1, -1, 1.5, 1e-7, 1e21, 485000, 0.425, '12', 'abc'),
    fc.integer({ min: -1000, max: 100_000 }),
    fc.double({ noNaN: true, noDefaultInfinity: true, min: -1e6, max: 1e6 }),
  )
  const dayCount = fc.oneof(fc.integer({ min: 0, max: 60 }), fc.constantFrom(-1, 1.5, '7'))
  const day = fc.oneof(
    fromData,
    fc.integer({ min: -40, max: 40 }).map((d) => addDays(today(), d)),
    fc.record({ relative: fc.constant('today'), days: fc.integer({ min: -30, max: 30 }) }),
    fc.constantFrom('2026-02-30', 'tomorrow'),
  )
  const instant = fc.oneof(
    fromData,
    fc.integer({ min: -40, max: 40 }).map((d) => new Date(Date.now() + d * 43_200_000).toISOString()),
    fc.constantFrom('2026-11-23T10:00:00+05:30', '2026-11-23 10:00', 'not a time'),
    fc.record({ relative: fc.constantFrom('now', 'today'), days: fc.integer({ min: -30, max: 30 }) }),
  )
  const choices = (values: readonly string[]) => fc.oneof(fc.constantFrom(...values), fc.constantFrom('nonexistent', 'a,b', 'x"y', ''))
  const one = (arb: fc.Arbitrary<unknown>) => (arity === 'many' ? fc.array(arb, { maxLength: 3 }) : arb)

  let arbitrary: fc.Arbitrary<unknown>
  switch (field.type) {
    case 'number':
    case 'currency':
    case 'percent':
    case 'rating':
    case 'duration':
      arbitrary = number
      break
    case 'date':
      arbitrary = operatorId.startsWith('within_') ? dayCount : day
      break
    case 'date_time':
      arbitrary = operatorId.startsWith('within_') ? dayCount : operatorId === 'on_day' ? day : instant
      break
    case 'single_select':
    case 'multi_select':
      arbitrary = one(choices((field.config as SelectConfig).options.map((o) => o.value)))
      break
    case 'person':
      arbitrary = one(fc.constantFrom(...people, ids.mallory, 'me', ids.bob.toUpperCase(), 'not-a-uuid'))
      break
    case 'relation':
      arbitrary = one(fc.oneof(fromData, fc.constantFrom('c0000000-0000-4000-8000-000000000999', 'nope')))
      break
    default:
      arbitrary = text
  }
  return fc.oneof({ arbitrary, weight: 9 }, { arbitrary: incomplete, weight: 1 })
}

function conditionArbitrary(fields: FieldDefinition[], rows: Row[]): fc.Arbitrary<FilterCondition> {
  const options = fields.flatMap((field) =>
    (getFieldType(field.type)?.operators ?? []).map((op) => ({ field, op: op.id, arity: op.arity })),
  )
  const ghost = fc.constant({ kind: 'condition' as const, id: 'ghost', field: 'deleted_field', operator: 'eq', value: 'x' })
  const real = fc.constantFrom(...options).chain(({ field, op, arity }) =>
    operandArbitrary(field, op, arity, rows).map((value) => {
      const condition: FilterCondition = { kind: 'condition', id: `${field.key}-${op}`, field: field.key, operator: op }
      if (value !== undefined) condition.value = value
      return condition
    }),
  )
  return fc.oneof({ arbitrary: real, weight: 30 }, { arbitrary: ghost, weight: 1 })
}

function treeArbitrary(fields: FieldDefinition[], rows: Row[]): fc.Arbitrary<FilterGroup> {
  const condition = conditionArbitrary(fields, rows)
  const group = (children: fc.Arbitrary<FilterNode[]>) =>
    fc.record({
      kind: fc.constant('group' as const),
      id: fc.constant('g'),
      conjunction: fc.constantFrom('and' as const, 'or' as const),
      children,
    })
  // Up to three levels: the root, its groups, theirs. An empty group now and then (it filters nothing).
  const leafGroup = group(fc.array(condition, { minLength: 0, maxLength: 3 }))
  const midGroup = group(fc.array(fc.oneof({ arbitrary: condition, weight: 3 }, { arbitrary: leafGroup, weight: 1 }), { minLength: 1, maxLength: 3 }))
  return group(fc.array(fc.oneof({ arbitrary: condition, weight: 3 }, { arbitrary: midGroup, weight: 1 }), { minLength: 1, maxLength: 4 }))
}

function sortsArbitrary(fields: FieldDefinition[]): fc.Arbitrary<Sort[]> {
  return fc.array(
    fc.record({ field: fc.constantFrom(...fields.map((f) => f.key), 'deleted_field'), direction: fc.constantFrom('asc' as const, 'desc' as const) }),
    { maxLength: 3 },
  )
}

async function serverIds(module: ModuleDefinition, fields: FieldDefinition[], filter: FilterGroup, sorts: Sort[]): Promise<string[]> {
  const query = compileViewQuery(bob.from(module.table).select('id'), { filter, sorts }, fields, { context, workspaceId: ids.mainStage })
  const { data, error } = await query
  if (error) throw new Error(`PostgREST refused the compiled query: ${error.message} (${decodeURIComponent(String((query as unknown as { url: URL }).url))})`)
  return (data as Array<{ id: string }>).map((r) => r.id)
}

function memoryIds(rows: Row[], fields: FieldDefinition[], filter: FilterGroup, sorts: Sort[]): string[] {
  const matches = createRecordMatcher(filter, fields, { context, workspaceId: ids.mainStage })
  return rows.filter(matches).sort(compareRecords(sorts, fields)).map((r) => r.id)
}

const modules: Array<{ module: ModuleDefinition; fields: FieldDefinition[]; rows: Row[] }> = []

beforeAll(async () => {
  backend = await startTestBackend()
  alice = await signedInClient(backend, 'alice')
  bob = await signedInClient(backend, 'bob')
  context = createFilterContext({ timeZone: 'Europe/London', userId: ids.bob })

  const taskDefinitions = await createFields(tasksModule, taskFields)
  await fillRows(tasksModule, taskDefinitions, (row, i, random) => {
    if (i % 9 === 0) row.title = EDGE_TEXT[(i / 9) % EDGE_TEXT.length]
    if (i % 7 === 0) row.description = i % 14 === 0 ? '' : EDGE_TEXT[Math.floor(random() * EDGE_TEXT.length)]
    if (i % 11 === 0) row.due_date = null
    if (i % 13 === 0) row.estimate_hours = null
    if (i === 5) row.deleted_at = new Date().toISOString() // soft-deleted: in neither result
  })
  const productionDefinitions = await createFields(productionsModule, productionFields)
  await fillRows(productionsModule, productionDefinitions, (row, i) => {
    if (i % 3 === 0) row.code = EDGE_TEXT[i % EDGE_TEXT.length]
    if (i === 4) row.budget = null
  })

  for (const [module, fields] of [
    [tasksModule, taskDefinitions],
    [productionsModule, productionDefinitions],
    [eventsModule, moduleFields(eventsModule, [])],
  ] as const) {
    // Everything Bob can see, fetched once: Arena rows and soft-deleted rows included, for the matcher to reject.
    const { data, error } = await bob.from(module.table).select('*')
    expect(error).toBeNull()
    modules.push({ module, fields: [...fields], rows: data as Row[] })
  }
}, 120_000)

afterAll(async () => {
  await backend?.close()
})

describe('compileViewQuery and matchesFilter/compareRecords agree', () => {
  it('on the fixture: custom values were written and a soft-deleted task exists', () => {
    const tasks = modules.find((m) => m.module === tasksModule)!
    expect(tasks.fields.filter((f) => f.source === 'custom').map((f) => f.key)).toEqual(
      expect.arrayContaining(['department', 'effort', 'tags', 'call_time', 'lead', 'flagged']),
    )
    expect(tasks.rows.some((r) => r.deleted_at !== null)).toBe(true)
    expect(tasks.rows.filter((r) => Array.isArray((r.custom_fields as Record<string, unknown>).tags)).length).toBeGreaterThan(20)
  })

  // QUERY_AGREEMENT_RUNS=5000 QUERY_AGREEMENT_SEED=<n> explore further than CI does.
  const scale = Number(process.env.QUERY_AGREEMENT_RUNS ?? 0) / 260 || 1
  const seed = Number(process.env.QUERY_AGREEMENT_SEED ?? 20261123)
  for (const [name, numRuns] of [
    ['tasks', 260],
    ['productions', 160],
    ['events', 100],
  ] as const) {
    it(`for random filter trees and sorts on ${name}`, async () => {
      const { module, fields, rows } = modules.find((m) => m.module.key === name)!
      const live = memoryIds(rows, fields, { kind: 'group', id: 'g', conjunction: 'and', children: [] }, []).length
      let selective = 0
      await fc.assert(
        fc.asyncProperty(treeArbitrary(fields, rows), sortsArbitrary(fields), async (filter, sorts) => {
          const expected = memoryIds(rows, fields, filter, sorts)
          const actual = await serverIds(module, fields, filter, sorts)
          expect(actual).toEqual(expected)
          if (expected.length > 0 && expected.length < live) selective++
        }),
        { seed, numRuns: Math.round(numRuns * scale), endOnFailure: false },
      )
      // The trees must mostly select something and leave something out, or agreement proves little.
      expect(selective).toBeGreaterThan(numRuns * scale * 0.2)
    })
  }

  it('for case-insensitive text matching of every edge string, whole and in pieces, in any case', async () => {
    const { module, fields, rows } = modules.find((m) => m.module === tasksModule)!
    const operands = new Set<string>()
    for (const text of EDGE_TEXT) {
      const chars = [...text]
      for (const piece of [text, chars.slice(0, 3).join(''), chars.slice(1, 4).join(''), chars.slice(-3).join('')]) {
        for (const folded of [piece, piece.toLowerCase(), piece.toUpperCase()]) if (folded.trim() !== '') operands.add(folded)
      }
    }
    for (const operand of operands) {
      for (const operator of ['contains', 'starts_with', 'ends_with', 'not_contains']) {
        const filter: FilterGroup = {
          kind: 'group',
          id: 'f',
          conjunction: 'or',
          children: [
            { kind: 'condition', id: 'a', field: 'title', operator, value: operand },
            { kind: 'condition', id: 'b', field: 'notes', operator, value: operand },
          ],
        }
        expect(await serverIds(module, fields, filter, []), `${operator} ${JSON.stringify(operand)}`).toEqual(memoryIds(rows, fields, filter, []))
      }
    }
  })

  it('for the saved filters people use most (today, me, any of, is not)', async () => {
    const { module, fields, rows } = modules.find((m) => m.module === tasksModule)!
    const filter: FilterGroup = {
      kind: 'group',
      id: 'f',
      conjunction: 'and',
      children: [
        { kind: 'condition', id: 'a', field: 'assignee_id', operator: 'eq', value: 'me' },
        { kind: 'condition', id: 'b', field: 'status', operator: 'neq', value: 'done' },
        {
          kind: 'group',
          id: 'c',
          conjunction: 'or',
          children: [
            { kind: 'condition', id: 'd', field: 'due_date', operator: 'before', value: { relative: 'today', days: 7 } },
            { kind: 'condition', id: 'e', field: 'tags', operator: 'has_any', value: ['a,b', 'x"y'] },
          ],
        },
      ],
    }
    const sorts: Sort[] = [{ field: 'due_date', direction: 'asc' }]
    const expected = memoryIds(rows, fields, filter, sorts)
    expect(expected.length).toBeGreaterThan(0)
    expect(await serverIds(module, fields, filter, sorts)).toEqual(expected)
  })
})
