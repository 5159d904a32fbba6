import type { FieldDefinition } from '../../src/custom-fields/FieldDefinition'
import type { WorkspaceMember } from '../../src/custom-fields/person/WorkspaceMembersProvider'
import type { RelatedRecord } from '../../src/custom-fields/relation/RelatedRecordsProvider'
import { tasksModule } from '../../src/modules/tasksModule'
import type { RecordRow } from '../../src/views/store/ViewStore'

// Deterministic fixtures for the view benchmarks: the same seed gives the same rows in every run and in both the
// renderer and its bare-library baseline, so the two figures are about the same data.

export const BENCH_WORKSPACE = 'b0000000-0000-4000-8000-0000000000be'

/** mulberry32: a tiny seeded generator; Math.random would make runs incomparable. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0
  return () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const uuid = (prefix: string, n: number) => `${prefix}-0000-4000-8000-${String(n).padStart(12, '0')}`
const pick = <T>(random: () => number, list: readonly T[]): T => list[Math.floor(random() * list.length)] as T
const pad = (n: number) => String(n).padStart(2, '0')
const isoDay = (date: Date) => `${date.getFullYear()}-${pad(date.getMonth() + 1)}-${pad(date.getDate())}`

export const benchMembers: readonly WorkspaceMember[] = Array.from({ length: 12 }, (_, i) => ({
  id: uuid('11111111', i + 1),
  name: `Crew member ${i + 1}`,
  email: `crew${i + 1}@bench.test`,
}))

export const benchProductions: readonly RelatedRecord[] = Array.from({ length: 20 }, (_, i) => ({
  id: uuid('22222222', i + 1),
  title: `Production ${i + 1}`,
}))

const verbs = ['Paint', 'Hang', 'Focus', 'Fit', 'Rig', 'Program', 'Strike', 'Build', 'Print', 'Tune', 'Check', 'Order']
const nouns = ['flats', 'lighting rig', 'costumes', 'sound desk', 'cue list', 'props table', 'rostra', 'scrim', 'followspot', 'programme']
const words = ['before', 'the', 'tech', 'rehearsal', 'with', 'crew', 'notes', 'from', 'director', 'and', 'stage', 'manager', 'today']

/** The 10 fields of mixed types the list shows: text, two selects, person, relation, two dates, number, long text, timestamp. */
export const LIST_FIELDS = ['title', 'status', 'priority', 'assignee_id', 'production_id', 'start_date', 'due_date', 'estimate_hours', 'description', 'created_at']

/**
 * `count` task rows shaped like project_tasks (every field of the tasks module filled or null as the database would
 * return it). `status` draws from `statuses`, so the board can ask for ten columns instead of the module's four.
 */
export function generateTasks(
  count: number,
  options: { seed?: number; statuses?: readonly string[]; dayRange?: { from: Date; days: number }; idPrefix?: string } = {},
): RecordRow[] {
  const random = seededRandom(options.seed ?? 42)
  const statuses = options.statuses ?? ['todo', 'in_progress', 'review', 'done']
  const from = options.dayRange?.from ?? new Date(2026, 0, 1)
  const days = options.dayRange?.days ?? 365
  const created = Date.UTC(2025, 0, 1)
  const rows: RecordRow[] = new Array(count)
  for (let i = 0; i < count; i++) {
    const start = new Date(from.getFullYear(), from.getMonth(), from.getDate() + Math.floor(random() * days))
    // Most tasks last a day or two; one in ten runs for a week or more.
    const length = random() < 0.1 ? 5 + Math.floor(random() * 10) : Math.floor(random() * 2)
    const due = new Date(start.getFullYear(), start.getMonth(), start.getDate() + length)
    rows[i] = {
      id: uuid(options.idPrefix ?? '0b0e0000', i + 1),
      workspace_id: BENCH_WORKSPACE,
      title: `${pick(random, verbs)} ${pick(random, nouns)} ${i + 1}`,
      status: pick(random, statuses),
      priority: pick(random, ['low', 'medium', 'high', 'urgent']),
      assignee_id: random() < 0.15 ? null : pick(random, benchMembers).id,
      production_id: random() < 0.2 ? null : pick(random, benchProductions).id,
      start_date: isoDay(start),
      due_date: isoDay(due),
      estimate_hours: random() < 0.1 ? null : Math.round(random() * 4000) / 100,
      description: Array.from({ length: 6 + Math.floor(random() * 8) }, () => pick(random, words)).join(' '),
      // Manual order within a column: fixed-width keys sort as the fractional index does.
      position: `a${String(i).padStart(6, '0')}1`,
      created_at: new Date(created + i * 60_000).toISOString(),
      updated_at: new Date(created + i * 60_000).toISOString(),
      created_by: benchMembers[0]!.id,
      updated_by: null,
      deleted_at: null,
      sync_version: 1,
      custom_fields: {},
    }
  }
  return rows
}

/** Ten status-like options (the board's columns): the tasks module's status field with more stages. */
export const BOARD_STAGES = ['backlog', 'todo', 'design', 'build', 'paint', 'rig', 'tech', 'review', 'notes', 'done']

/** The tasks module's fields with `status` widened to the ten stages, as a workspace could configure it. */
export function boardFields(): FieldDefinition[] {
  const colors = ['gray', 'blue', 'purple', 'green', 'orange', 'red', 'yellow', 'teal', 'pink', 'gray']
  return tasksModule.fields.map((field) =>
    field.key === 'status'
      ? { ...field, config: { options: BOARD_STAGES.map((value, i) => ({ value, label: `Stage ${i + 1}: ${value}`, color: colors[i] })) } }
      : field,
  )
}
