import { describe, expect, it } from 'vitest'
import { as } from './asActor.ts'
import { rowPrefixes, seedRowId, workspaces } from './seedIds.ts'
import { errorOf, rolledBack, rows, type SqlSession } from './sqlSession.ts'

// Task dependencies and get_production_timeline (20261203001400_task_dependencies.sql) on textbook networks with
// known answers, in a production of their own in Main Stage. Shared by the PGlite and PostgreSQL 15 suites; every
// check rolls back. The calendar is Monday to Friday: day 0 is Monday 4 January 2027.

const main = workspaces.mainStage
const production = 'c0c00000-0000-4000-8000-000000000001'
const task = (name: string) => `c0c00000-0000-4000-8000-${Buffer.from(name.padEnd(6, '_')).toString('hex').slice(0, 12)}`

interface Planned {
  start?: string
  due?: string
  /** Undated tasks last their estimate, in 8-hour days. */
  days?: number
  milestone?: boolean
}

/** A production with `tasks` and `links` ([predecessor, successor, type, lag]). */
async function network(db: SqlSession, tasks: Record<string, Planned>, links: [string, string, string, number][]) {
  await db.query(`insert into public.productions (id, workspace_id, name) values ($1, $2, 'Critical path test')`, [production, main])
  for (const [name, plan] of Object.entries(tasks)) {
    await db.query(
      `insert into public.project_tasks (id, workspace_id, production_id, title, start_date, due_date, estimate_hours, milestone)
       values ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [task(name), main, production, name, plan.start ?? null, plan.due ?? null, (plan.days ?? 1) * 8, plan.milestone ?? false],
    )
  }
  for (const [from, to, type, lag] of links) {
    await db.query(
      `insert into public.task_dependencies (workspace_id, predecessor_id, successor_id, dependency_type, lag_days) values ($1, $2, $3, $4, $5)`,
      [main, task(from), task(to), type, lag],
    )
  }
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value))

/** The timeline as carol reads it: per task [ES, EF, LS, LF, float, critical], dates as 'MM-DD'. */
async function timeline(db: SqlSession): Promise<Record<string, unknown[]>> {
  const found = await as<Record<string, unknown>>(db, 'carol', `select * from public.get_production_timeline($1)`, [production])
  const short = (value: unknown) => day(value).slice(5)
  return Object.fromEntries(found.map((r) => [
    r.title as string,
    [short(r.early_start), short(r.early_finish), short(r.late_start), short(r.late_finish), r.total_float_days, r.critical],
  ]))
}

export function describeCriticalPathContract(getDb: () => SqlSession): void {
  describe('critical path', () => {
    it('forward and backward passes over finish-to-start links: float, and the critical path', async () => {
      await rolledBack(getDb(), async (db) => {
        await network(db, { A: { start: '2027-01-04', due: '2027-01-06' }, B: { days: 2 }, C: { days: 4 }, D: { days: 1 } },
          [['A', 'B', 'FS', 0], ['A', 'C', 'FS', 0], ['B', 'D', 'FS', 0], ['C', 'D', 'FS', 0]])
        expect(await timeline(db)).toEqual({
          // A Mon-Wed; C Thu to the Tuesday after the weekend; D the Wednesday; B may slip two working days.
          A: ['01-04', '01-06', '01-04', '01-06', 0, true],
          B: ['01-07', '01-08', '01-11', '01-12', 2, false],
          C: ['01-07', '01-12', '01-07', '01-12', 0, true],
          D: ['01-13', '01-13', '01-13', '01-13', 0, true],
        })
      })
    })

    it('start-to-start, finish-to-finish and start-to-finish links, lags and leads, a milestone, several ends', async () => {
      await rolledBack(getDb(), async (db) => {
        await network(
          db,
          { A: { start: '2027-01-04', due: '2027-01-06' }, C: { days: 4 }, E: {}, F: { days: 2 }, G: {}, H: {}, M: { milestone: true } },
          [['A', 'C', 'FS', 0], ['A', 'E', 'SS', 2], ['C', 'F', 'FF', 1], ['A', 'G', 'SF', 0], ['C', 'H', 'FS', -2], ['F', 'M', 'FS', 0]],
        )
        const t = await timeline(db)
        expect(t.E!.slice(0, 2)).toEqual(['01-06', '01-06']) // two days after A starts
        expect(t.F!.slice(0, 2)).toEqual(['01-12', '01-13']) // finishes a day after C
        expect(t.G!.slice(0, 2)).toEqual(['01-04', '01-04']) // would finish before A starts; no earlier than the project
        expect(t.H!.slice(0, 2)).toEqual(['01-11', '01-11']) // two days of lead on C's finish
        expect(t.M).toEqual(['01-14', '01-14', '01-14', '01-14', 0, true]) // the milestone ends the project
        expect(t.H![4]).toBe(2) // H may slip to the Wednesday and still not hold anything up
        expect(Object.entries(t).filter(([, r]) => r[5]).map(([name]) => name).sort()).toEqual(['A', 'C', 'F', 'M'])
      })
    })

    it('counts working days on the workspace calendar, holidays off; a plan earlier than its links allow is a violation', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.query(
          `update public.workspaces set settings = jsonb_set(settings, '{scheduling}', coalesce(settings -> 'scheduling', '{}') ||
             '{"working_days": [1, 2, 3, 4, 5, 6], "holidays": ["2027-01-05"]}') where id = $1`,
          [main],
        )
        await network(db, { A: { start: '2027-01-04', due: '2027-01-07' }, B: { start: '2027-01-06', due: '2027-01-06' }, C: { days: 2 } },
          [['A', 'B', 'FS', 0], ['B', 'C', 'FS', 0]])
        const found = await as<Record<string, unknown>>(db, 'carol', `select * from public.get_production_timeline($1)`, [production])
        const by = Object.fromEntries(found.map((r) => [r.title, r]))
        expect(by.A!.duration_days).toBe(3) // Monday, Wednesday, Thursday: Tuesday is a holiday
        expect([day(by.B!.early_start), by.B!.dependency_violation]).toEqual(['2027-01-08', true]) // planned for Wednesday
        expect([day(by.C!.early_start), day(by.C!.early_finish)]).toEqual(['2027-01-09', '2027-01-11']) // Saturday works
        expect(by.A!.dependency_violation).toBe(false)
      })
    })

    it('refuses a self-link, a loop, the same type twice for a pair and a link across productions; allows two types', async () => {
      await rolledBack(getDb(), async (db) => {
        await network(db, { A: {}, B: {}, C: {} }, [['A', 'B', 'FS', 0], ['B', 'C', 'FS', 0]])
        const link = (from: string, to: string, type = 'FS') =>
          errorOf(db, `insert into public.task_dependencies (workspace_id, predecessor_id, successor_id, dependency_type) values ($1, $2, $3, $4)`,
            [main, from, to, type])
        expect(await link(task('A'), task('A'))).toBe('23514')
        expect(await link(task('C'), task('A'))).toBe('23514')
        expect(await link(task('A'), task('B'))).toBe('23505')
        expect(await link(task('A'), task('B'), 'SS')).toBeUndefined()
        expect(await link(task('A'), seedRowId(rowPrefixes.project_tasks, 1))).toBe('23514')
        // The refusal says which way round the loop goes.
        await db.query('savepoint loop')
        const refused = await db.query(
          `insert into public.task_dependencies (workspace_id, predecessor_id, successor_id) values ($1, $2, $3)`, [main, task('C'), task('A')],
        ).catch((error: Error) => error)
        await db.query('rollback to savepoint loop')
        expect((refused as Error).message).toBe('this dependency would make a loop: A already leads to C')
        // Names itself after its tasks, type and lag.
        const [named] = await rows<{ title: string }>(db, `select title from public.task_dependencies where predecessor_id = $1 and dependency_type = 'SS'`, [task('A')])
        expect(named!.title).toBe('A → B (SS)')
        expect(await as(db, 'mallory', `select * from public.get_production_timeline($1)`, [production])).toEqual([])
      })
    })
  })
}
