import type { MatrixCase, MatrixExecutor } from './rlsMatrix.ts'
import { workspaces } from './seedIds.ts'

// The row-level security cases every module table shares, built from the table's name alone: a module added to
// src/modules/registry.ts gets them without a line here. Statements that need the table's shape (which columns an
// insert must fill, which references a move must drop) are written when the case runs, from the live catalog and
// the seed, as the database owner inside the case's rolled-back transaction.

const main = workspaces.mainStage
const arena = workspaces.arena
const writers = ['alice', 'bob'] as const
const readers = ['alice', 'bob', 'carol'] as const

/** Columns a client writes on insert: the table's own, plus workspace_id and custom_fields of the standard set. */
async function insertableColumns(db: MatrixExecutor, table: string): Promise<string[]> {
  const { rows } = await db.query<{ name: string }>(
    `select a.attname as name from pg_catalog.pg_attribute a
     where a.attrelid = $1::regclass and a.attnum > 0 and not a.attisdropped
       and a.attgenerated = '' and a.attidentity = ''
       and (a.attname in ('workspace_id', 'custom_fields') or a.attname not in (
         select s.attname from pg_catalog.pg_attribute s
         where s.attrelid = 'private.module_row'::regclass and s.attnum > 0 and not s.attisdropped))
     order by a.attnum`,
    [`public.${table}`],
  )
  return rows.map((r) => r.name)
}

/**
 * An insert of a copy of the workspace's oldest row: a row the table's own checks accept, whatever columns it
 * requires. The original is deleted first (as the owner, rolled back with the case), so that the copy does not
 * collide with it in a unique or exclusion constraint.
 */
function copyOfSeedRow(table: string, workspaceId: string) {
  return async (db: MatrixExecutor): Promise<string> => {
    const [sample] = (
      await db.query<{ id: string; row: unknown }>(
        `select t.id, to_jsonb(t) as row from public.${table} t where t.workspace_id = $1 order by t.created_at, t.id limit 1`,
        [workspaceId],
      )
    ).rows
    if (!sample) throw new Error(`the seed has no ${table} row in workspace ${workspaceId} to copy`)
    await db.query(`delete from public.${table} where id = $1`, [sample.id])
    const columns = (await insertableColumns(db, table)).join(', ')
    const literal = JSON.stringify(sample.row).replaceAll("'", "''")
    return `insert into public.${table} (${columns})
      select ${columns} from jsonb_populate_record(null::public.${table}, '${literal}'::jsonb) returning id`
  }
}

/**
 * A reference to another workspace-scoped row must stay in the row's workspace, and the trigger that says so looks
 * the target up as the caller: a caller who may not see it is refused there (23503) before row-level security
 * (42501) has its say. Both are refusals. (Every module table gets the same four policies from attach_module_table,
 * which the schema contract checks, so a table whose rows carry no reference proves them for all.)
 */
const refusedByReference = ['23503']

export function moduleMatrixCases(table: string): MatrixCase[] {
  const t = `public.${table}`
  return [
    { table, op: 'select', name: 'Main Stage rows', sql: `select count(*)::int as n from ${t} where workspace_id = '${main}'`, allowed: readers },
    { table, op: 'select', name: 'Arena rows', sql: `select count(*)::int as n from ${t} where workspace_id = '${arena}'`, allowed: ['mallory'] },
    { table, op: 'insert', name: 'a copy of a Main Stage row', sql: copyOfSeedRow(table, main), allowed: writers, alsoRefusedWith: refusedByReference },
    { table, op: 'insert', name: 'a copy of an Arena row', sql: copyOfSeedRow(table, arena), allowed: ['mallory'], alsoRefusedWith: refusedByReference },
    {
      table, op: 'update', name: 'Main Stage rows',
      sql: `update ${t} set custom_fields = custom_fields || '{"matrix": true}' where workspace_id = '${main}' returning id`,
      allowed: writers,
    },
    { table, op: 'update', name: 'move Main Stage rows to Arena', sql: `update ${t} set workspace_id = '${arena}' where workspace_id = '${main}' returning id`, allowed: [], alsoRefusedWith: refusedByReference },
    { table, op: 'delete', name: 'Main Stage rows', sql: `delete from ${t} where workspace_id = '${main}' returning id`, allowed: writers },
    { table, op: 'delete', name: 'Arena rows', sql: `delete from ${t} where workspace_id = '${arena}' returning id`, allowed: ['mallory'] },
  ]
}
