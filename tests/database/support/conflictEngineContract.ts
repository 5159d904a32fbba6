import { describe, expect, it } from 'vitest'
import { as } from './asActor.ts'
import { rowPrefixes, seedRowId, users, workspaces } from './seedIds.ts'
import { actAs, errorOf, rolledBack, rows, sqlState, type Actor, type SqlSession } from './sqlSession.ts'

// The conflict engine (20261203000200_conflict_engine.sql) over the Main Stage demo (see the scheduling section of
// supabase/seed.sql): every rule, its edges, and the writes it refuses. Shared by the PGlite and PostgreSQL 15 suites;
// every check rolls back.

const main = workspaces.mainStage
const location = (n: number) => seedRowId(rowPrefixes.locations, n)
const booking = (n: number) => seedRowId(rowPrefixes.bookings, n)
const call = (n: number) => seedRowId(rowPrefixes.personnel_assignments, n)
const person = (n: number) => seedRowId(rowPrefixes.personnel, n)
const production = (n: number) => seedRowId(rowPrefixes.productions, n)

const hannah = person(8)
const hannahsConfirmedCall = call(4)
const hannahsPencilledCall = call(5)
const mainHouse = location(2)
const venue = location(1)
const studio = location(3)
const roomOne = location(5)
const hamletTech = booking(1)
const newVoicesHold = booking(2)
const macbethHold = booking(3)
const gala = production(3)

interface Conflict {
  severity: 'block' | 'warn' | 'info'
  conflict_type: string
  reason: string
  other_id: string | null
}

type Table = 'bookings' | 'personnel_assignments'

const minutes = (n: number) => n * 60_000
const shift = (at: Date, ms: number) => new Date(at.getTime() + ms).toISOString()

async function conflicts(db: SqlSession, actor: Actor, table: Table, row: Record<string, unknown>): Promise<Conflict[]> {
  return as<Conflict>(
    db,
    actor,
    `select severity, conflict_type, reason, other_id from public.check_event_conflicts($1, $2::jsonb)
     order by severity, conflict_type, reason`,
    [table, JSON.stringify(row)],
  )
}

/** What the engine says about a row as it is stored. */
async function conflictsOfRow(db: SqlSession, table: Table, id: string): Promise<Conflict[]> {
  const [row] = await rows<{ row: Record<string, unknown> }>(db, `select to_jsonb(t) as row from public.${table} t where id = $1`, [id])
  return conflicts(db, 'alice', table, row!.row)
}

async function windowOf(db: SqlSession, table: Table, id: string): Promise<{ start: Date; end: Date }> {
  const [start, end] = table === 'bookings' ? ['starts_at', 'ends_at'] : ['call_at', 'wrap_at']
  const [row] = await rows<{ start: Date; end: Date }>(db, `select ${start} as start, ${end} as end from public.${table} where id = $1`, [id])
  return { start: new Date(row!.start), end: new Date(row!.end) }
}

/**
 * A write as `actor`: its SQLSTATE and message when refused, undefined when it succeeds. In a savepoint, whose
 * rollback also ends the role and claims set inside it.
 */
async function refusal(db: SqlSession, actor: Actor, sql: string, params?: unknown[]): Promise<{ code: string; message: string } | undefined> {
  await db.query('savepoint attempt')
  try {
    await actAs(db, actor, users)
    await db.query(sql, params)
    await db.query('reset role')
    await db.query('release savepoint attempt')
    return undefined
  } catch (error) {
    await db.query('rollback to savepoint attempt')
    return { code: sqlState(error) ?? 'none', message: (error as Error).message }
  }
}

const callFor = (personId: string, start: string, end: string, extra: Record<string, unknown> = {}) => ({
  workspace_id: main, person_id: personId, production_id: production(1), role: 'Proposed call', call_at: start, wrap_at: end,
  status: 'confirmed', ...extra,
})

export function describeConflictEngineContract(getDb: () => SqlSession): void {
  describe('conflict engine', () => {
    it('treats windows as half-open: a call ending as another begins meets nothing, a minute more is a double booking', async () => {
      await rolledBack(getDb(), async (db) => {
        const other = await windowOf(db, 'personnel_assignments', hannahsConfirmedCall)
        const before = await conflicts(db, 'bob', 'personnel_assignments', callFor(hannah, shift(other.start, minutes(-240)), other.start.toISOString()))
        expect(before.filter((c) => c.conflict_type === 'double_booking')).toEqual([])
        const overlapping = await conflicts(db, 'bob', 'personnel_assignments', callFor(hannah, shift(other.start, minutes(-240)), shift(other.start, minutes(1))))
        expect(overlapping.filter((c) => c.conflict_type === 'double_booking')).toEqual([
          { severity: 'block', conflict_type: 'double_booking', reason: expect.stringContaining('Already confirmed: Hamlet'), other_id: hannahsConfirmedCall },
        ])
      })
    })

    it('widens a window by its buffers: the hour of load-in before a confirmed booking is taken too', async () => {
      await rolledBack(getDb(), async (db) => {
        const tech = await windowOf(db, 'bookings', hamletTech) // 60 min before, 30 after
        const proposal = (start: number, end: number) => ({
          workspace_id: main, title: 'Proposed hire', location_id: mainHouse, status: 'confirmed',
          starts_at: shift(tech.start, minutes(start)), ends_at: shift(tech.start, minutes(end)),
        })
        expect(await conflicts(db, 'bob', 'bookings', proposal(-180, -60))).toEqual([])
        expect((await conflicts(db, 'bob', 'bookings', proposal(-180, -30))).map((c) => [c.severity, c.other_id])).toEqual([['block', hamletTech]])
        const afterStrike = tech.end.getTime() - tech.start.getTime()
        expect(await conflicts(db, 'bob', 'bookings', proposal(afterStrike / 60_000 + 30, afterStrike / 60_000 + 120))).toEqual([])
        expect(await conflicts(db, 'bob', 'bookings', proposal(afterStrike / 60_000 + 29, afterStrike / 60_000 + 120))).toHaveLength(1)
        // The proposal's own buffer counts the same way.
        expect(
          (await conflicts(db, 'bob', 'bookings', { ...proposal(-180, -60), post_buffer_minutes: 1 })).map((c) => c.severity),
        ).toEqual(['block'])
      })
    })

    it('warns, never blocks, while either side is pencilled', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await conflictsOfRow(db, 'personnel_assignments', hannahsPencilledCall)).toEqual([
          { severity: 'warn', conflict_type: 'double_booking', reason: expect.stringContaining('Chief Electrician'), other_id: hannahsConfirmedCall },
        ])
        const other = await windowOf(db, 'personnel_assignments', hannahsPencilledCall)
        const confirmedOverPencil = await conflicts(db, 'bob', 'personnel_assignments', callFor(hannah, shift(other.end, minutes(-30)), shift(other.end, minutes(60))))
        // Also 3.5 h after her confirmed call wraps: a short turnaround.
        expect(confirmedOverPencil.map((c) => [c.severity, c.conflict_type])).toEqual([['warn', 'rest'], ['warn', 'tentative_overlap']])
        // Confirming the pencilled call is what the database refuses.
        const refused = await refusal(db, 'bob', `update public.personnel_assignments set status = 'confirmed' where id = $1`, [hannahsPencilledCall])
        expect(refused).toMatchObject({ code: '23P01', message: expect.stringContaining('Already confirmed: Hamlet') })
      })
    })

    it('gives a new hold the next free rank, whatever the client sends, and moves the holds behind a cleared one up', async () => {
      await rolledBack(getDb(), async (db) => {
        const showing = await windowOf(db, 'bookings', newVoicesHold)
        const [placed] = await as<{ id: string; hold_rank: number }>(
          db, 'bob',
          `insert into public.bookings (workspace_id, title, location_id, starts_at, ends_at, status, hold_rank)
           values ($1, 'Third hold', $2, $3, $4, 'hold', 1) returning id, hold_rank`,
          [main, studio, shift(showing.start, minutes(60)), shift(showing.start, minutes(240))],
        )
        expect(placed!.hold_rank).toBe(3)
        const ranks = async () =>
          Object.fromEntries(
            (await rows<{ id: string; hold_rank: number | null }>(db, `select id, hold_rank from public.bookings where id = any($1)`, [
              [newVoicesHold, macbethHold, placed!.id],
            ])).map((r) => [r.id, r.hold_rank]),
          )
        expect(await ranks()).toEqual({ [newVoicesHold]: 1, [macbethHold]: 2, [placed!.id]: 3 })
        expect((await conflictsOfRow(db, 'bookings', placed!.id)).map((c) => c.reason)).toEqual([
          expect.stringMatching(/^Hold 1 is ahead: New Voices/),
          expect.stringMatching(/^Hold 2 is ahead: Macbeth/),
        ])
        expect((await conflictsOfRow(db, 'bookings', newVoicesHold)).map((c) => [c.severity, c.reason.slice(0, 17)])).toEqual([
          ['info', 'Hold 2 is behind:'],
          ['info', 'Hold 3 is behind:'],
        ])
        // An edit that leaves resource and window alone keeps the rank; the client cannot reorder.
        await as(db, 'bob', `update public.bookings set hold_rank = 1, notes = 'moved?' where id = $1`, [macbethHold])
        expect((await ranks())[macbethHold]).toBe(2)

        await as(db, 'bob', `update public.bookings set status = 'cancelled' where id = $1`, [newVoicesHold])
        expect(await ranks()).toEqual({ [newVoicesHold]: null, [macbethHold]: 1, [placed!.id]: 2 })
        await as(db, 'bob', `delete from public.bookings where id = $1`, [macbethHold])
        expect((await ranks())[placed!.id]).toBe(1)
      })
    })

    it('warns when a confirmation jumps the queue over a better hold, and not when the first hold confirms', async () => {
      await rolledBack(getDb(), async (db) => {
        const [second] = await rows<{ row: Record<string, unknown> }>(db, `select to_jsonb(b) as row from public.bookings b where id = $1`, [macbethHold])
        const jump = await conflicts(db, 'bob', 'bookings', { ...second!.row, status: 'confirmed' })
        expect(jump.map((c) => [c.severity, c.reason.slice(0, 28)])).toEqual([['warn', 'Jumps the queue over hold 1:']])
        const [first] = await rows<{ row: Record<string, unknown> }>(db, `select to_jsonb(b) as row from public.bookings b where id = $1`, [newVoicesHold])
        expect((await conflicts(db, 'bob', 'bookings', { ...first!.row, status: 'confirmed' })).map((c) => c.severity)).toEqual(['info'])
        // Warnings do not stop the write; the second hold then leads.
        await as(db, 'bob', `update public.bookings set status = 'confirmed' where id = $1`, [newVoicesHold])
        expect(await rows(db, `select hold_rank from public.bookings where id = $1`, [macbethHold])).toEqual([{ hold_rank: 1 }])
      })
    })

    it('blocks a space when its combined space or one of its parts is confirmed, and lets one production share', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await conflictsOfRow(db, 'bookings', booking(5))).toEqual([
          { severity: 'warn', conflict_type: 'parent_space', reason: expect.stringContaining('Rehearsal Rooms 1 + 2 (combined) is booked (confirmed)'), other_id: booking(4) },
        ])
        const refused = await refusal(db, 'bob', `update public.bookings set status = 'confirmed' where id = $1`, [booking(5)])
        expect(refused).toMatchObject({ code: '23P01', message: expect.stringContaining('Rehearsal Rooms 1 + 2 (combined)') })

        const movement = await windowOf(db, 'bookings', booking(4))
        const wholeVenue = await conflicts(db, 'bob', 'bookings', {
          workspace_id: main, title: 'Buy-out', location_id: venue, status: 'confirmed',
          starts_at: movement.start.toISOString(), ends_at: movement.end.toISOString(),
        })
        expect(wholeVenue.map((c) => [c.severity, c.conflict_type, c.other_id])).toEqual([
          ['block', 'parent_space', booking(4)],
          ['warn', 'parent_space', booking(5)],
        ])
        const sameShow = await conflicts(db, 'bob', 'bookings', {
          workspace_id: main, title: 'Gala: warm-up', location_id: roomOne, status: 'confirmed', production_id: gala,
          starts_at: movement.start.toISOString(), ends_at: shift(movement.start, minutes(60)),
        })
        expect(sameShow.map((c) => c.severity)).toEqual(['info'])
        // A space never sits inside itself, however deep.
        expect(await errorOf(db, `update public.locations set parent_id = $1 where id = $2`, [roomOne, venue])).toBe('23514')
        expect(await errorOf(db, `update public.locations set parent_id = id where id = $1`, [venue])).toBe('23514')
      })
    })

    it('blocks a confirmed call during approved leave, warns an invited one, and warns leave laid over work', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await conflictsOfRow(db, 'personnel_assignments', call(8))).toEqual([
          { severity: 'warn', conflict_type: 'leave', reason: expect.stringMatching(/^Approved leave: Annual leave/), other_id: booking(6) },
        ])
        const refused = await refusal(db, 'bob', `update public.personnel_assignments set status = 'confirmed' where id = $1`, [call(8)])
        expect(refused).toMatchObject({ code: '23P01', message: expect.stringContaining('Approved leave') })
        const work = await windowOf(db, 'personnel_assignments', hannahsConfirmedCall)
        const leave = await conflicts(db, 'bob', 'bookings', {
          workspace_id: main, title: 'Dentist', booking_type: 'leave', person_id: hannah, status: 'confirmed',
          starts_at: work.start.toISOString(), ends_at: shift(work.start, minutes(9 * 60)),
        })
        expect(leave.map((c) => [c.severity, c.conflict_type, c.other_id])).toEqual([
          ['warn', 'leave', hannahsConfirmedCall],
          ['warn', 'leave', hannahsPencilledCall],
        ])
        // Requested (not yet approved) leave only warns a confirmed call.
        await db.query(`update public.bookings set status = 'tentative' where id = $1`, [booking(6)])
        expect((await conflictsOfRow(db, 'personnel_assignments', call(8))).map((c) => c.reason.slice(0, 15))).toEqual(['Requested leave'])
        expect(await refusal(db, 'bob', `update public.personnel_assignments set status = 'confirmed' where id = $1`, [call(8)])).toBeUndefined()
      })
    })

    it('checks each required certificate on every date of the work', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await conflictsOfRow(db, 'personnel_assignments', call(7))).toEqual([
          { severity: 'warn', conflict_type: 'certification', reason: expect.stringMatching(/^Nadia Petrova's NRC theatre rigging expires on \d{4}-\d\d-\d\d, before the work/), other_id: seedRowId(rowPrefixes.training_records, 3) },
        ])
        expect(await refusal(db, 'bob', `update public.personnel_assignments set status = 'confirmed' where id = $1`, [call(7)])).toMatchObject({ code: '23P01' })
        expect((await conflictsOfRow(db, 'personnel_assignments', call(6))).filter((c) => c.conflict_type === 'certification')).toEqual([])

        const [{ day }] = (await rows<{ day: string }>(db, `select (current_date + 2)::text as day`)) as [{ day: string }]
        const at = (time: string) => new Date(`${day}T${time}:00Z`).toISOString()
        const oscar = await conflicts(db, 'bob', 'personnel_assignments', callFor(person(15), at('09:00'), at('12:00'), { required_certifications: ['rigging'] }))
        expect(oscar.map((c) => [c.severity, c.reason.replace(/\d{4}-\d\d-\d\d/g, 'D')])).toEqual([
          ['block', "Oscar Lindqvist's NRC theatre rigging expires on D, before the work on D"],
        ])
        const sam = await conflicts(db, 'bob', 'personnel_assignments', callFor(person(19), at('09:00'), at('12:00'), { required_certifications: ['electrical', 'forklift'] }))
        expect(sam.map((c) => [c.severity, c.reason])).toEqual([['block', 'Sam Whitaker has no electrical certificate on record']])
        await db.query(
          `insert into public.training_records (workspace_id, person_id, title, certification, issued_on)
           values ($1, $2, 'Electrical awareness', 'electrical', current_date + 10)`,
          [main, person(19)],
        )
        const early = await conflicts(db, 'bob', 'personnel_assignments', callFor(person(19), at('09:00'), at('12:00'), { required_certifications: ['electrical'] }))
        expect(early.map((c) => c.reason)).toEqual([expect.stringMatching(/^Sam Whitaker's Electrical awareness is only valid from /)])
      })
    })

    it('warns when the rest between a wrap and the next call is under the workspace rule (10 h unless set)', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await conflictsOfRow(db, 'personnel_assignments', call(3))).toEqual([
          { severity: 'warn', conflict_type: 'rest', reason: expect.stringMatching(/^8 h 30 min of rest after .*; the rule is 10 h$/), other_id: call(2) },
        ])
        expect((await conflictsOfRow(db, 'personnel_assignments', call(2))).map((c) => c.reason)).toEqual([
          expect.stringMatching(/^8 h 30 min of rest before .*; the rule is 10 h$/),
        ])
        await db.query(`update public.workspaces set settings = settings || '{"scheduling": {"rest_hours": 8}}' where id = $1`, [main])
        expect(await conflictsOfRow(db, 'personnel_assignments', call(3))).toEqual([])
        await db.query(`update public.workspaces set settings = settings || '{"scheduling": {"rest_hours": 12}}' where id = $1`, [main])
        expect((await conflictsOfRow(db, 'personnel_assignments', call(3))).map((c) => c.reason)).toEqual([expect.stringMatching(/the rule is 12 h$/)])
      })
    })

    it('lets an admin, not a member, override a block with a reason, which the audit log keeps', async () => {
      await rolledBack(getDb(), async (db) => {
        const override = `update public.personnel_assignments set status = 'confirmed', conflict_override_reason = $2 where id = $1`
        expect(await refusal(db, 'bob', override, [call(7), 'Renewal booked'])).toMatchObject({ code: '42501' })
        expect(await refusal(db, 'alice', override, [call(7), '   '])).toMatchObject({ code: '23P01' })
        expect(await refusal(db, 'alice', override, [call(7), 'Renewal course on Monday; Declan supervises'])).toBeUndefined()
        const [audit] = await rows<{ changed_by: string; reason: string; status: string }>(
          db,
          `select changed_by, new_values ->> 'conflict_override_reason' as reason, new_values ->> 'status' as status
           from public.audit_log where table_name = 'personnel_assignments' and record_id = $1 order by id desc limit 1`,
          [call(7)],
        )
        expect(audit).toEqual({ changed_by: users.alice, reason: 'Renewal course on Monday; Declan supervises', status: 'confirmed' })
      })
    })

    it('refuses overlapping confirmed rows of one resource by an exclusion constraint, triggers or not', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.query(`set local session_replication_role = replica`) // no triggers: the constraint alone
        const work = await windowOf(db, 'personnel_assignments', hannahsConfirmedCall)
        const overlap = [main, hannah, production(1), shift(work.end, minutes(-60)), shift(work.end, minutes(60))]
        const insertCall = (reason: string | null) =>
          refusal(db, 'alice',
            `insert into public.personnel_assignments (workspace_id, person_id, production_id, role, call_at, wrap_at, status, conflict_override_reason)
             values ($1, $2, $3, 'Overlap', $4, $5, 'confirmed', $6)`, [...overlap, reason])
        expect(await insertCall(null)).toMatchObject({ code: '23P01', message: expect.stringContaining('personnel_assignments_no_double_booking') })
        expect(await insertCall('Admin override')).toBeUndefined()
        const tech = await windowOf(db, 'bookings', hamletTech)
        expect(
          await refusal(db, 'alice',
            `insert into public.bookings (workspace_id, title, location_id, starts_at, ends_at, status) values ($1, 'Overlap', $2, $3, $4, 'confirmed')`,
            [main, mainHouse, shift(tech.end, minutes(10)), shift(tech.end, minutes(90))]),
        ).toMatchObject({ code: '23P01', message: expect.stringContaining('bookings_no_double_booking') })
      })
    })

    it('answers only about what the caller may see, and refuses what it cannot check', async () => {
      await rolledBack(getDb(), async (db) => {
        const work = await windowOf(db, 'personnel_assignments', hannahsConfirmedCall)
        const proposal = callFor(hannah, work.start.toISOString(), work.end.toISOString())
        expect(await conflicts(db, 'mallory', 'personnel_assignments', { ...proposal, workspace_id: undefined })).toEqual([])
        expect(await conflicts(db, 'mallory', 'personnel_assignments', proposal)).toEqual([])
        // The lookups behind the engine and the reports skip row-level security for speed and apply its rule once.
        const occupancy = `select count(*)::int as n from private.resource_occupancy($1, array[$2]::uuid[], tstzrange(now() - interval '1 year', now() + interval '1 year'))`
        const worked = `select count(*)::int as n from private.person_work($1, null, current_date - 365, current_date + 365, '{}')`
        for (const [actor, sees] of [['alice', true], ['carol', true], ['mallory', false]] as const) {
          const [{ n: occupied }] = (await as<{ n: number }>(db, actor, occupancy, [main, hannah])) as [{ n: number }]
          const [{ n: hours }] = (await as<{ n: number }>(db, actor, worked, [main])) as [{ n: number }]
          expect([actor, occupied > 0, hours > 0]).toEqual([actor, sees, sees])
        }
        expect(await refusal(db, 'anon', occupancy, [main, hannah])).toMatchObject({ code: '42501' })
        const check = (table: string, row: unknown) =>
          errorOf(db, `select * from public.check_event_conflicts($1, $2::jsonb)`, [table, JSON.stringify(row)])
        expect(await check('events', proposal)).toBe('22023')
        expect(await check('personnel_assignments', { ...proposal, wrap_at: null })).toBe('22023')
        expect(await check('personnel_assignments', { ...proposal, wrap_at: proposal.call_at })).toBe('22023')
        expect(await check('bookings', { title: 'Nothing booked', starts_at: proposal.call_at, ends_at: proposal.wrap_at })).toBe('22023')
      })
    })
  })
}
