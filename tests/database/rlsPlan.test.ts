import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { openSeededPglite } from './support/seededPglite.ts'
import { users, workspaces } from './support/seedIds.ts'
import { actAs, rolledBack, type SqlSession } from './support/sqlSession.ts'

// Row-level security must not turn a page of a big table into a sequential scan. With 100k tasks in Main Stage
// (so a plain workspace_id index matches every row and the planner would rather scan and sort), the first page
// by created_at, read as bob through the membership policy, must come from the (workspace_id, created_at) index.
const bulkRows = 100_000

interface PlanNode {
  'Node Type': string
  'Relation Name'?: string
  'Index Name'?: string
  Plans?: PlanNode[]
}

function nodes(plan: PlanNode): PlanNode[] {
  return [plan, ...(plan.Plans ?? []).flatMap(nodes)]
}

describe('row-level security query plans on PGlite', () => {
  let db: PGlite
  let session: SqlSession

  beforeAll(async () => {
    ;({ db, session } = await openSeededPglite())
    // Bulk fixture: triggers (audit, sync) off for the load, as a restore would do.
    await db.exec(`
      set session_replication_role = replica;
      insert into public.project_tasks (workspace_id, created_by, title, status, priority, position, created_at)
      select '${workspaces.mainStage}', '${users.bob}', 'Bulk task ' || g,
             (array['todo', 'in_progress', 'review', 'done'])[1 + g % 4], 'medium',
             'b' || lpad(g::text, 6, '0'), now() - g * interval '1 minute'
      from generate_series(1, ${bulkRows}) as g;
      reset session_replication_role;
      analyze public.project_tasks;
    `)
  })
  afterAll(async () => {
    await db?.close()
  })

  async function planAsBob(sql: string): Promise<PlanNode[]> {
    return rolledBack(session, async (q) => {
      await actAs(q, 'bob', users)
      const { rows } = await q.query<{ 'QUERY PLAN': [{ Plan: PlanNode }] }>(`explain (format json) ${sql}`)
      return nodes(rows[0]!['QUERY PLAN'][0].Plan)
    })
  }

  it('reads the first page of a workspace by created_at through the index, not a Seq Scan', async () => {
    const plan = await planAsBob(
      `select * from public.project_tasks where workspace_id = '${workspaces.mainStage}' order by created_at limit 100`,
    )
    expect(plan.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([])
    expect(plan.some((n) => n['Index Name'] === 'project_tasks_workspace_id_created_at_idx')).toBe(true)
  })

  it('reads a board column in manual order through the (workspace_id, status, position) index', async () => {
    const plan = await planAsBob(
      `select * from public.project_tasks where workspace_id = '${workspaces.mainStage}' and status = 'todo' order by position limit 100`,
    )
    expect(plan.filter((n) => n['Node Type'] === 'Seq Scan')).toEqual([])
    expect(plan.some((n) => n['Index Name'] === 'project_tasks_workspace_id_status_idx')).toBe(true)
  })

  it('returns the newest-first page bob asked for, all from Main Stage', async () => {
    const { rows } = await rolledBack(session, async (q) => {
      await actAs(q, 'bob', users)
      return q.query<{ workspace_id: string; created_at: Date }>(
        `select workspace_id, created_at from public.project_tasks where workspace_id = '${workspaces.mainStage}'
         order by created_at desc limit 100`,
      )
    })
    expect(rows).toHaveLength(100)
    expect(rows.every((r) => r.workspace_id === workspaces.mainStage)).toBe(true)
    const times = rows.map((r) => new Date(r.created_at).getTime())
    expect(times).toEqual([...times].sort((a, b) => b - a))
  })
})
