import { describe, expect, it } from 'vitest'
import { as } from './asActor.ts'
import { rowPrefixes, seedRowId, users, workspaces } from './seedIds.ts'
import { actAs, rolledBack, rows, sqlState, type Actor, type SqlSession } from './sqlSession.ts'

// The show's runtime and its caller, and incidents stamped to the running cue (20261203001100_run_of_show.sql),
// over Main Stage's demo rundown (8 cues, positions a0..a7, of its next performance). Shared by the PGlite and
// PostgreSQL 15 suites; every check rolls back.

const cue = (n: number) => seedRowId(rowPrefixes.run_of_show, n)
const asset = (n: number) => seedRowId(rowPrefixes.assets, n)

interface Runtime {
  caller_id: string | null
  state: string
  current_cue_id: string | null
  cue_started_at: Date | null
  paused_at: Date | null
  added_seconds: number
  version: string | number
}

async function showEvent(db: SqlSession): Promise<string> {
  const [row] = await rows<{ event_id: string }>(db, `select event_id from public.run_of_show where id = $1`, [cue(1)])
  return row!.event_id
}

/** Calls `sql` as `actor` inside a savepoint: the runtime row it returns, or the SQLSTATE it fails with. */
async function attempt(db: SqlSession, actor: Actor, sql: string, params: unknown[]): Promise<Runtime | string> {
  await db.query('savepoint attempt')
  try {
    await actAs(db, actor, users)
    const [row] = await rows<Runtime>(db, sql, params)
    await db.query('reset role')
    await db.query('release savepoint attempt')
    return row!
  } catch (error) {
    await db.query('rollback to savepoint attempt')
    return sqlState(error) ?? (error as Error).message
  }
}

const claim = (db: SqlSession, actor: Actor, event: string, takeOver = false) =>
  attempt(db, actor, `select * from public.claim_show_caller($1, $2)`, [event, takeOver])
const control = (db: SqlSession, actor: Actor, event: string, action: string, seconds?: number, version?: number) =>
  attempt(db, actor, `select * from public.show_control($1, $2, $3, $4)`, [event, action, seconds ?? null, version ?? null])

function runtime(result: Runtime | string): Runtime {
  if (typeof result === 'string') throw new Error(`expected a runtime, got ${result}`)
  return result
}

export function describeShowRuntimeContract(getDb: () => SqlSession): void {
  describe('show runtime and caller', () => {
    it('one caller at a time: a vacant seat is claimed, an occupied one only taken over explicitly, and each change logged', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        expect(runtime(await claim(db, 'bob', event))).toMatchObject({ caller_id: users.bob, state: 'armed' })
        expect(await claim(db, 'alice', event)).toBe('55006')
        expect(runtime(await claim(db, 'alice', event, true)).caller_id).toBe(users.alice)
        expect(await claim(db, 'carol', event)).toBe('42501')
        expect(await claim(db, 'mallory', event)).toBe('P0002')
        expect(await attempt(db, 'bob', `select * from public.release_show_caller($1)`, [event])).toBe('42501')
        const log = await as<{ action: string; actor_id: string; details: Record<string, string> }>(
          db, 'carol', `select action, actor_id, details from public.show_runtime_log where event_id = $1 and at >= now() order by id`, [event],
        )
        expect(log).toEqual([
          { action: 'claim', actor_id: users.bob, details: {} },
          { action: 'take_over', actor_id: users.alice, details: { previous_caller_id: users.bob } },
        ])
      })
    })

    it('only the caller moves the show, and nobody writes the runtime directly', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        runtime(await claim(db, 'alice', event))
        expect(await control(db, 'bob', event, 'go')).toBe('42501')
        expect(await attempt(db, 'alice', `update public.show_runtimes set state = 'stop' where event_id = $1 returning *`, [event]))
          .toBe('42501')
        // Every member reads where the show is; another workspace sees nothing.
        expect(await as(db, 'carol', `select state from public.show_runtimes where event_id = $1`, [event])).toEqual([{ state: 'armed' }])
        expect(await as(db, 'mallory', `select state from public.show_runtimes where event_id = $1`, [event])).toEqual([])
        expect(await control(db, 'alice', event, 'jump')).toBe('22023')
      })
    })

    it('GO runs the cues in order; back, pause, resume, added time, a stale GO, the end, stop and arm', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        runtime(await claim(db, 'alice', event))
        const first = runtime(await control(db, 'alice', event, 'go'))
        expect(first).toMatchObject({ state: 'play', current_cue_id: cue(1), added_seconds: 0 })
        expect(runtime(await control(db, 'alice', event, 'go')).current_cue_id).toBe(cue(2))
        expect(runtime(await control(db, 'alice', event, 'back')).current_cue_id).toBe(cue(1))
        const paused = runtime(await control(db, 'alice', event, 'pause'))
        expect(paused.state).toBe('pause')
        expect(paused.paused_at).not.toBeNull()
        expect(await control(db, 'alice', event, 'pause')).toBe('55000')
        const resumed = runtime(await control(db, 'alice', event, 'resume'))
        // The cue's start moves on by the pause, so the countdown continues where it stood.
        expect(new Date(resumed.cue_started_at!).getTime()).toBeGreaterThanOrEqual(new Date(paused.cue_started_at!).getTime())
        expect(resumed.paused_at).toBeNull()
        expect(runtime(await control(db, 'alice', event, 'add_time', 30)).added_seconds).toBe(30)
        // A GO pressed on a screen that has not seen the latest change is refused rather than skipping a cue.
        expect(await control(db, 'alice', event, 'go', undefined, Number(resumed.version) - 1)).toBe('40001')
        let current = runtime(await control(db, 'alice', event, 'go', undefined, Number(resumed.version) + 1))
        expect(current).toMatchObject({ current_cue_id: cue(2), added_seconds: 0 })
        for (let n = 3; n <= 8; n++) current = runtime(await control(db, 'alice', event, 'go'))
        expect(current.current_cue_id).toBe(cue(8))
        expect(await control(db, 'alice', event, 'go')).toBe('55000')
        expect(runtime(await control(db, 'alice', event, 'stop')).state).toBe('stop')
        expect(await control(db, 'alice', event, 'go')).toBe('55000')
        expect(runtime(await control(db, 'alice', event, 'arm'))).toMatchObject({ state: 'armed', current_cue_id: null })
        const actions = await rows<{ action: string }>(db, `select action from public.show_runtime_log where event_id = $1 and at >= now() order by id`, [event])
        // Nine GOs went through (cue 1, 2, then 2 again after back, then 3 to 8); the refused ones left no trace.
        expect(actions.map((a) => a.action)).toEqual(['claim', 'go', 'go', 'back', 'pause', 'resume', 'add_time', ...Array(7).fill('go'), 'stop', 'arm'])
      })
    })

    it('sends every change of the runtime once on the show topic, as the database wrote it', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        const claimed = runtime(await claim(db, 'alice', event))
        const went = runtime(await control(db, 'alice', event, 'go'))
        expect(await control(db, 'bob', event, 'go')).toBe('42501')
        const sent = await rows<{ event: string; payload: Runtime & { event_id: string } }>(
          db,
          `select event, payload from realtime.messages where topic = $1 and inserted_at = now()::timestamp order by (payload ->> 'version')::bigint`,
          [`workspace:${workspaces.mainStage}:show:${event}`],
        )
        // One message per press (not one per step of show_control), none for the refused GO.
        expect(sent.map((m) => [m.event, m.payload.event_id, Number(m.payload.version), m.payload.current_cue_id])).toEqual([
          ['runtime', event, Number(claimed.version), null],
          ['runtime', event, Number(went.version), cue(1)],
        ])
      })
    })

    it('a stopped show\'s clock stands at the stop (or the pause it was stopped from), whoever writes the row later', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        runtime(await claim(db, 'alice', event))
        runtime(await control(db, 'alice', event, 'go'))
        const paused = runtime(await control(db, 'alice', event, 'pause'))
        const stopped = runtime(await control(db, 'alice', event, 'stop'))
        expect(new Date(stopped.paused_at!).getTime()).toBe(new Date(paused.paused_at!).getTime())
        const taken = runtime(await claim(db, 'bob', event, true))
        expect(new Date(taken.paused_at!).getTime()).toBe(new Date(paused.paused_at!).getTime())
        expect(runtime(await control(db, 'bob', event, 'arm')).paused_at).toBeNull()
        runtime(await control(db, 'bob', event, 'go'))
        expect(runtime(await control(db, 'bob', event, 'stop')).paused_at).not.toBeNull()
      })
    })

    it('GO after the running cue was deleted goes on from its place, and back from there returns to the cue before it', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        runtime(await claim(db, 'alice', event))
        for (let n = 1; n <= 3; n++) runtime(await control(db, 'alice', event, 'go'))
        await db.query(`update public.run_of_show set deleted_at = now() where id = $1`, [cue(3)])
        expect(runtime(await control(db, 'alice', event, 'go')).current_cue_id).toBe(cue(4))
        await db.query(`update public.run_of_show set deleted_at = now() where id = $1`, [cue(4)])
        expect(runtime(await control(db, 'alice', event, 'back')).current_cue_id).toBe(cue(2))
      })
    })

    it('show_running_late: each crew member\'s wrap moved by the delay, and their overtime before and after', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        const crew = new Map(
          (await as<{ assignment_id: string; wrap_at: Date; projected_wrap_at: Date; overtime_hours: string; projected_overtime_hours: string }>(
            db, 'carol', `select * from public.show_running_late($1, 1200)`, [event],
          )).map((r) => [r.assignment_id, r]),
        )
        const late = (n: number) => {
          const r = crew.get(seedRowId(rowPrefixes.personnel_assignments, n))
          if (!r) throw new Error(`call ${n} is not among the show's crew`)
          return {
            moved: (new Date(r.projected_wrap_at).getTime() - new Date(r.wrap_at).getTime()) / 60_000,
            before: Number(r.overtime_hours), after: Number(r.projected_overtime_hours),
          }
        }
        // Sofia's 7 h 50 becomes 8 h 10 (10 minutes at time and a half); Mei Lin's 9 h gains 20 more minutes of
        // overtime; Grace's 6 h stays inside the day.
        expect(late(19)).toEqual({ moved: 20, before: 0, after: expect.closeTo(0.17, 1) })
        for (const n of [20, 21, 22]) expect(late(n).after, `call ${n}`).toBeGreaterThan(0)
        expect(late(23).before).toBeCloseTo(1, 1)
        expect(late(23).after - late(23).before).toBeCloseTo(0.33, 1)
        expect(late(24)).toEqual({ moved: 20, before: 0, after: 0 })
        const onTime = await as<{ projected_overtime_hours: string; overtime_hours: string }>(
          db, 'carol', `select * from public.show_running_late($1, 0)`, [event],
        )
        expect(onTime.every((r) => r.projected_overtime_hours === r.overtime_hours)).toBe(true)
        expect(await as(db, 'mallory', `select * from public.show_running_late($1, 1200)`, [event])).toEqual([])
      })
    })

    it('server_time is the clock at the call, not the transaction\'s start', async () => {
      await rolledBack(getDb(), async (db) => {
        const [first] = await rows<{ at: Date; started: Date }>(db, `select public.server_time() as at, now() as started`)
        const [second] = await rows<{ at: Date }>(db, `select public.server_time() as at`)
        expect(new Date(second!.at).getTime()).toBeGreaterThanOrEqual(new Date(first!.at).getTime())
        expect(new Date(first!.at).getTime()).toBeGreaterThanOrEqual(new Date(first!.started).getTime())
        const [micros] = await rows<{ later: boolean }>(db, `select public.server_time() > now() as later`)
        expect(micros!.later).toBe(true)
      })
    })

    it('stamps an incident with the cue running when it is reported, and a damaged asset goes to repair', async () => {
      await rolledBack(getDb(), async (db) => {
        const event = await showEvent(db)
        runtime(await claim(db, 'bob', event))
        for (let n = 1; n <= 3; n++) runtime(await control(db, 'bob', event, 'go'))
        const projector = asset(12)
        const [incident] = await as<{ run_of_show_id: string }>(
          db, 'bob',
          `insert into public.incidents (workspace_id, title, event_id, asset_id, asset_damaged, severity)
           values ($1, 'Lamp blew in the court scene', $2, $3, true, 'major') returning run_of_show_id`,
          [workspaces.mainStage, event, projector],
        )
        expect(incident!.run_of_show_id).toBe(cue(3))
        const [state] = await rows<{ status: string; repairs: number }>(
          db,
          `select a.status, (select count(*)::int from public.asset_maintenance m where m.asset_id = a.id and m.status = 'scheduled'
             and m.title = 'Repair after incident: Lamp blew in the court scene') as repairs
           from public.assets a where a.id = $1`,
          [projector],
        )
        expect(state).toEqual({ status: 'maintenance', repairs: 1 })
      })
    })
  })
}
