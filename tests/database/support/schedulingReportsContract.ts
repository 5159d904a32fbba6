import { describe, expect, it } from 'vitest'
import { as } from './asActor.ts'
import { rowPrefixes, seedRowId, workspaces } from './seedIds.ts'
import { errorOf, rolledBack, rows, type SqlSession } from './sqlSession.ts'

// get_availability, get_user_workload, calculate_overtime and check_compliance_expiry
// (20261203000300_scheduling_reports.sql) over the Main Stage demo. Shared by the PGlite and PostgreSQL 15 suites;
// every check rolls back. Times are read back as ISO strings, days as 'YYYY-MM-DD', hours as numbers.

const main = workspaces.mainStage
const person = (n: number) => seedRowId(rowPrefixes.personnel, n)
const location = (n: number) => seedRowId(rowPrefixes.locations, n)
const call = (n: number) => seedRowId(rowPrefixes.personnel_assignments, n)
const hannah = person(8)
const kwame = person(7)
const aisha = person(12)

/** Day offsets from today, and next Monday (Aisha's week), as the database counts them. */
async function calendar(db: SqlSession): Promise<{ day: (offset: number) => string; monday: string; at: (day: string, time: string) => string }> {
  const [row] = await rows<{ today: string; monday: string }>(
    db,
    `select current_date::text as today, (date_trunc('week', current_date)::date + 7)::text as monday`,
  )
  const today = new Date(`${row!.today}T00:00:00Z`)
  return {
    day: (offset) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10),
    monday: row!.monday,
    at: (day, time) => new Date(`${day}T${time}:00Z`).toISOString(),
  }
}

interface Segment {
  state: string
  starts_at: string
  ends_at: string
  reason: string | null
}

async function availability(db: SqlSession, type: string, id: string, from: string, to: string): Promise<Segment[]> {
  const found = await as<{ state: string; starts_at: Date; ends_at: Date; reason: string | null }>(
    db, 'carol', `select * from public.get_availability($1, $2, $3, $4)`, [type, id, from, to],
  )
  return found.map((s) => ({ ...s, starts_at: new Date(s.starts_at).toISOString(), ends_at: new Date(s.ends_at).toISOString() }))
}

const day = (value: unknown) => (value instanceof Date ? value.toISOString().slice(0, 10) : String(value))
const hours = (value: unknown) => Number(value)
const addDays = (date: string, days: number) => new Date(new Date(`${date}T00:00:00Z`).getTime() + days * 86_400_000).toISOString().slice(0, 10)

export function describeSchedulingReportsContract(getDb: () => SqlSession): void {
  describe('scheduling reports', () => {
    it('get_availability: segments of a person\'s day, merged, each with its reason', async () => {
      await rolledBack(getDb(), async (db) => {
        const { day: d, at } = await calendar(db)
        expect(await availability(db, 'person', hannah, at(d(1), '00:00'), at(d(2), '00:00'))).toEqual([
          { state: 'available', starts_at: at(d(1), '00:00'), ends_at: at(d(1), '08:00'), reason: null },
          { state: 'unavailable', starts_at: at(d(1), '08:00'), ends_at: at(d(1), '18:00'), reason: 'Hamlet — Winter Season: Chief Electrician (confirmed)' },
          // The Gala call starts at 16:00 after 30 min of travel; it shows where the confirmed call leaves off.
          { state: 'tentative', starts_at: at(d(1), '18:00'), ends_at: at(d(1), '22:00'), reason: 'Midsummer Gala Concert: Gala rig: chief LX (tentative)' },
          { state: 'available', starts_at: at(d(1), '22:00'), ends_at: at(d(2), '00:00'), reason: null },
        ])
      })
    })

    it('get_availability: a space is taken by its combined space; a freelancer\'s free time is unknown; leave is unavailable', async () => {
      await rolledBack(getDb(), async (db) => {
        const { day: d, at } = await calendar(db)
        const roomOne = await availability(db, 'location', location(5), at(d(3), '09:00'), at(d(3), '18:00'))
        expect(roomOne.map((s) => [s.state, s.starts_at.slice(11, 16), s.ends_at.slice(11, 16), s.reason])).toEqual([
          ['available', '09:00', '10:00', null],
          ['unavailable', '10:00', '16:00', 'Midsummer Gala: movement call (confirmed)'],
          ['tentative', '16:00', '17:00', 'The Tempest: music call (tentative)'],
          ['available', '17:00', '18:00', null],
        ])
        const leave = await availability(db, 'person', kwame, at(d(5), '00:00'), at(d(11), '00:00'))
        expect(leave.map((s) => [s.state, s.starts_at.slice(0, 10), s.ends_at.slice(0, 10), s.reason])).toEqual([
          ['unknown', d(5), d(6), 'Freelance: availability not declared'],
          ['unavailable', d(6), d(10), 'Leave: Annual leave (confirmed)'],
          ['unknown', d(10), d(11), 'Freelance: availability not declared'],
        ])
        // Asset 9 (a grandMA3) is in maintenance.
        const console9 = await availability(db, 'asset', seedRowId(rowPrefixes.assets, 9), at(d(1), '00:00'), at(d(2), '00:00'))
        expect(console9).toEqual([{ state: 'unavailable', starts_at: at(d(1), '00:00'), ends_at: at(d(2), '00:00'), reason: 'In maintenance' }])
        expect(await as(db, 'mallory', `select * from public.get_availability('person', $1, now(), now() + interval '1 day')`, [hannah])).toEqual([])
        expect(await errorOf(db, `select * from public.get_availability('venue', $1, now(), now() + interval '1 day')`, [hannah])).toBe('22023')
        expect(await errorOf(db, `select * from public.get_availability('person', $1, now(), now())`, [hannah])).toBe('22023')
        expect(await errorOf(db, `select * from public.get_availability('person', $1, now(), now() + interval '2 years')`, [hannah])).toBe('22023')
      })
    })

    it('get_user_workload: hours per person and week, each day confirmed and pencilled, against capacity', async () => {
      await rolledBack(getDb(), async (db) => {
        const { day: d, monday } = await calendar(db)
        const load = async (from: string, to: string) =>
          (await as<Record<string, unknown>>(db, 'carol', `select * from public.get_user_workload($1, $2, $3)`, [main, from, to])).map((r) => ({
            person_id: r.person_id, week_start: day(r.week_start),
            confirmed: (r.confirmed_hours as unknown[]).map(hours), tentative: (r.tentative_hours as unknown[]).map(hours),
            week_confirmed: hours(r.week_confirmed_hours), week_tentative: hours(r.week_tentative_hours),
            capacity: hours(r.capacity_hours_per_day), week_capacity: hours(r.capacity_hours_per_week),
          }))
        /** A person's [confirmed, pencilled] hours on a day, from the week that holds it. */
        const onDay = (weeks: Awaited<ReturnType<typeof load>>, who: string, date: string) => {
          const index = (new Date(`${date}T00:00:00Z`).getUTCDay() + 6) % 7
          const week = weeks.find((w) => w.person_id === who && w.week_start === addDays(date, -index))
          return week ? [week.confirmed[index], week.tentative[index]] : undefined
        }
        const first = await load(d(1), d(1))
        expect(onDay(first, hannah, d(1))).toEqual([10, 6])
        expect(first.every((w) => w.capacity === 8 && w.week_capacity === 40 && w.confirmed.length === 7)).toBe(true)
        // Asking for Aisha's Wednesday alone still gives her whole week: 73 confirmed hours, 13 of them on Wednesday.
        const wednesday = addDays(monday, 2)
        const aishas = (await load(wednesday, wednesday)).filter((r) => r.person_id === aisha)
        expect(aishas).toEqual([
          expect.objectContaining({ week_start: monday, week_confirmed: 73, week_tentative: 0, capacity: 8, week_capacity: 40 }),
        ])
        expect(aishas[0]!.confirmed[2]).toBe(13)
        expect(aishas[0]!.confirmed.reduce((sum, h) => sum + h, 0)).toBe(73)
        await db.query(
          `update public.workspaces set settings = settings || '{"scheduling": {"capacity_hours_per_day": 10, "capacity_hours_per_week": 48, "day_starts_at": "04:00"}}'
           where id = $1`,
          [main],
        )
        // Hannah's call moved to 02:00-03:00 belongs to the previous production day once days start at 04:00.
        await db.query(`update public.personnel_assignments set call_at = $2::date + time '02:00', wrap_at = $2::date + time '03:00' where id = $1`, [call(5), d(2)])
        const late = await load(d(1), d(2))
        expect([onDay(late, hannah, d(1)), onDay(late, hannah, d(2)) ?? [0, 0]]).toEqual([[10, 1], [0, 0]])
        expect(late.every((w) => w.capacity === 10 && w.week_capacity === 48)).toBe(true)
        expect(await as(db, 'mallory', `select * from public.get_user_workload($1, current_date, current_date + 7)`, [main])).toEqual([])
        expect(await errorOf(db, `select * from public.get_user_workload($1, current_date, current_date - 1)`, [main])).toBe('22023')
      })
    })

    it('get_user_workload: the weekly summary follows every kind of write, as a rebuild from the calls and bookings has it', async () => {
      await rolledBack(getDb(), async (db) => {
        const { day: d } = await calendar(db)
        const summary = async () =>
          rows<{ person_id: string; week_start: string; confirmed: string; tentative: string }>(
            db,
            `select person_id, week_start::text, confirmed_hours::text as confirmed, tentative_hours::text as tentative
             from private.work_weeks where workspace_id = $1 order by person_id, week_start`,
            [main],
          )
        const rebuilt = async () => {
          await db.query(`savepoint rebuild`)
          await db.query(`select private.rebuild_work_weeks($1)`, [main])
          const fresh = await summary()
          await db.query(`rollback to savepoint rebuild`)
          return fresh
        }
        const sameAsRebuilt = async () => expect(await summary()).toEqual(await rebuilt())
        const before = await summary()
        expect(before.length).toBeGreaterThan(0)
        await sameAsRebuilt()

        // Two new bookings (one pencilled), three new calls in one statement, a call moved to another person and day, a
        // confirmed call declined, one booking cancelled and the other moved a week on, a call soft-deleted and
        // another deleted outright.
        await db.query(
          `insert into public.bookings (workspace_id, title, person_id, starts_at, ends_at, status)
           values ($1, 'Costume fitting', $2, $3::date + time '09:00', $3::date + time '11:30', 'tentative'),
                  ($1, 'Wig fitting', $4, $3::date + time '12:00', $3::date + time '13:00', 'confirmed')`,
          [main, kwame, d(3), hannah],
        )
        await db.query(
          `insert into public.personnel_assignments (workspace_id, person_id, production_id, role, call_at, wrap_at, status)
           select $1, $2, 'c0000000-0000-4000-8000-000000000001', 'Get-out crew', $3::date + n + time '22:00', $3::date + n + 1 + time '02:00', 'confirmed'
           from generate_series(20, 22) n`,
          [main, aisha, d(0)],
        )
        await sameAsRebuilt()
        await db.query(`update public.personnel_assignments set person_id = $2, call_at = call_at + interval '9 days', wrap_at = wrap_at + interval '9 days' where id = $1`, [call(5), kwame])
        await db.query(`update public.personnel_assignments set status = 'declined' where id = $1`, [call(1)])
        await db.query(`update public.bookings set status = 'cancelled' where workspace_id = $1 and title = 'Costume fitting'`, [main])
        await db.query(`update public.bookings set starts_at = starts_at + interval '8 days', ends_at = ends_at + interval '8 days' where workspace_id = $1 and title = 'Wig fitting'`, [main])
        await db.query(`update public.personnel_assignments set deleted_at = now() where id = $1`, [call(2)])
        await db.query(`delete from public.personnel_assignments where id = $1`, [call(3)])
        await sameAsRebuilt()
        expect(await summary()).not.toEqual(before)
        // A new time zone moves every late call's day: the workspace is rebuilt.
        await db.query(`update public.workspaces set settings = settings || '{"timezone": "Pacific/Auckland"}' where id = $1`, [main])
        await sameAsRebuilt()
      })
    })

    it('calculate_overtime: the California preset over a seven-day week (daily, weekly, seventh day)', async () => {
      await rolledBack(getDb(), async (db) => {
        const { monday } = await calendar(db)
        const week = await as<Record<string, unknown>>(db, 'carol', `select * from public.calculate_overtime($1, $2::date, $2::date + 6)`, [aisha, monday])
        expect(week.map((r) => [hours(r.worked_hours), hours(r.regular_hours), hours(r.overtime_hours), hours(r.double_time_hours), hours(r.weighted_hours), r.seventh_day, r.rules_applied])).toEqual([
          [10, 8, 2, 0, 11, false, ['daily over 8 h']],
          [10, 8, 2, 0, 11, false, ['daily over 8 h']],
          [13, 8, 4, 1, 16, false, ['daily over 12 h', 'daily over 8 h']],
          [10, 8, 2, 0, 11, false, ['daily over 8 h']],
          [10, 8, 2, 0, 11, false, ['daily over 8 h']],
          // Forty regular hours by Friday: Saturday's first eight are weekly overtime.
          [10, 0, 10, 0, 15, false, ['daily over 8 h', 'weekly over 40 h']],
          [10, 0, 8, 2, 16, true, ['seventh consecutive day']],
        ])
        // Saturday alone: the week before it still counts.
        const saturday = await as<Record<string, unknown>>(db, 'carol', `select * from public.calculate_overtime($1, $2::date + 5, $2::date + 5)`, [aisha, monday])
        expect(saturday.map((r) => hours(r.regular_hours))).toEqual([0])
        // A day off breaks the run: no seventh day.
        await db.query(`update public.personnel_assignments set status = 'tentative' where id = $1`, [call(12)])
        const broken = await as<Record<string, unknown>>(db, 'carol', `select * from public.calculate_overtime($1, $2::date, $2::date + 6)`, [aisha, monday])
        expect(broken.map((r) => r.seventh_day)).toEqual([false, false, false, false, false, false])
      })
    })

    it('calculate_overtime: rules are data, with a minimum paid call', async () => {
      await rolledBack(getDb(), async (db) => {
        const { monday } = await calendar(db)
        await db.query(
          `update public.workspaces set settings = settings || jsonb_build_object('scheduling', jsonb_build_object('overtime', $2::jsonb)) where id = $1`,
          [main, JSON.stringify({ rules: [{ type: 'daily', threshold: 10, multiplier: 1.5 }], minimum_call_hours: 12 })],
        )
        const week = await as<Record<string, unknown>>(db, 'carol', `select * from public.calculate_overtime($1, $2::date, $2::date + 6)`, [aisha, monday])
        // Every call is paid at least 12 h; over 10 h a day is 1.5x; no weekly or seventh-day rule.
        expect(week.map((r) => [hours(r.worked_hours), hours(r.paid_hours), hours(r.regular_hours), hours(r.overtime_hours), r.seventh_day])).toEqual([
          [10, 12, 10, 2, false], [10, 12, 10, 2, false], [13, 13, 10, 3, false], [10, 12, 10, 2, false],
          [10, 12, 10, 2, false], [10, 12, 10, 2, false], [10, 12, 10, 2, true],
        ])
        expect(week.every((r) => (r.rules_applied as string[]).join() === 'daily over 10 h')).toBe(true)
        expect(await errorOf(db, `select * from public.calculate_overtime($1, current_date, current_date - 1)`, [aisha])).toBe('22023')
      })
    })

    it('check_compliance_expiry: certificates that run out, and the calls they leave uncovered; a renewal clears them', async () => {
      await rolledBack(getDb(), async (db) => {
        const { day: d } = await calendar(db)
        const report = async () =>
          (await as<Record<string, unknown>>(db, 'carol', `select * from public.check_compliance_expiry($1, current_date - 30, current_date + 30)`, [main]))
            .filter((r) => r.source_table === 'training_records')
            .map((r) => [r.holder, r.title, day(r.expires_on), r.state, r.endangered_table, r.endangered_id])
        expect(await report()).toEqual([
          ['Oscar Lindqvist', 'NRC theatre rigging', d(-10), 'expired', null, null],
          ['Nadia Petrova', 'NRC theatre rigging', d(3), 'expiring', 'personnel_assignments', call(7)],
          ['Ruth Ellison', 'BS 7909 temporary power', d(20), 'expiring', null, null],
        ])
        await db.query(
          `insert into public.training_records (workspace_id, person_id, title, certification, issued_on, expires_on)
           values ($1, $2, 'NRC theatre rigging (renewed)', 'rigging', current_date, current_date + 1095)`,
          [main, person(14)],
        )
        expect((await report()).map((r) => r[0])).toEqual(['Oscar Lindqvist', 'Ruth Ellison'])
        expect(await as(db, 'mallory', `select * from public.check_compliance_expiry($1, current_date, current_date + 30)`, [main])).toEqual([])
      })
    })

    it('check_compliance_expiry: permits that lapse and safety documents not signed off, with the events they leave uncovered', async () => {
      await rolledBack(getDb(), async (db) => {
        const { day: d } = await calendar(db)
        // The seed's pyrotechnics permit lapses in 21 days; three days leaves Macbeth events after it on any date.
        await db.query(`update public.project_compliance set valid_until = current_date + 3 where title = 'Pyrotechnics permit: witches'' flashes'`)
        const found = await as<Record<string, unknown>>(db, 'carol', `select * from public.check_compliance_expiry($1, current_date - 30, current_date + 30)`, [main])
        const events = await rows<{ id: string; production_id: string; day: string }>(
          db,
          `select id, production_id, (starts_at at time zone 'Europe/London')::date::text as day from public.events
           where workspace_id = $1 and status <> 'cancelled' and deleted_at is null
             and (starts_at at time zone 'Europe/London')::date between current_date - 30 and current_date + 30`,
          [main],
        )
        const eventsOf = (production: number, after?: string) =>
          events.filter((e) => e.production_id === seedRowId(rowPrefixes.productions, production) && (!after || e.day > after)).map((e) => e.id).sort()
        const endangered = (table: string, title: string) =>
          found.filter((r) => r.source_table === table && r.title === title).map((r) => r.endangered_id).filter(Boolean).sort()
        const stateOf = (table: string, title: string) => [...new Set(found.filter((r) => r.source_table === table && r.title === title).map((r) => r.state))]

        // The seed gives each of these productions events in the range, so the checks below can fail.
        for (const [production, after] of [[5, d(3)], [2, undefined], [1, undefined]] as const) {
          expect(eventsOf(production, after).length, `production ${production}`).toBeGreaterThan(0)
        }
        // Macbeth's pyrotechnics permit lapses in 3 days: the events after it are uncovered.
        expect(stateOf('project_compliance', 'Pyrotechnics permit: witches\' flashes')).toEqual(['expiring'])
        expect(endangered('project_compliance', 'Pyrotechnics permit: witches\' flashes')).toEqual(eventsOf(5, d(3)))
        // The tour's PAT certificate has expired: every Tempest event in the range is uncovered.
        expect(stateOf('project_compliance', 'PAT testing certificate: touring electrics')).toEqual(['expired'])
        expect(endangered('project_compliance', 'PAT testing certificate: touring electrics')).toEqual(eventsOf(2))
        // A licence valid for another year, and a pending application, are not reported.
        expect(stateOf('project_compliance', 'Premises licence: Northstar Playhouse')).toEqual([])
        expect(stateOf('project_compliance', 'Child performance licences')).toEqual([])
        // Hamlet's flying rig risk assessment is still in review: not signed off, for every Hamlet event in the range.
        expect(stateOf('project_safety', 'Flying rig: the ghost\'s flight')).toEqual(['unsigned'])
        expect(endangered('project_safety', 'Flying rig: the ghost\'s flight')).toEqual(eventsOf(1))
        // The signed-off stage combat assessment is due for review in 60 days: nothing to report in this range.
        expect(stateOf('project_safety', 'Stage combat: the final duel')).toEqual([])

        // Renewing the pyrotechnics permit (same type and title, valid longer) clears it.
        await db.query(
          `insert into public.project_compliance (workspace_id, production_id, title, compliance_type, status, valid_from, valid_until)
           values ($1, $2, 'Pyrotechnics permit: witches'' flashes', 'permit', 'approved', current_date, current_date + 365)`,
          [main, seedRowId(rowPrefixes.productions, 5)],
        )
        const after = await as<Record<string, unknown>>(db, 'carol', `select * from public.check_compliance_expiry($1, current_date - 30, current_date + 30)`, [main])
        expect(after.filter((r) => r.title === 'Pyrotechnics permit: witches\' flashes')).toEqual([])
      })
    })
  })
}
