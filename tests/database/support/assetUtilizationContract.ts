import { describe, expect, it } from 'vitest'
import { as } from './asActor.ts'
import { rowPrefixes, seedRowId, workspaces } from './seedIds.ts'
import { errorOf, rolledBack, rows, type SqlSession } from './sqlSession.ts'

// Bulk stock, asset utilization and crew hours (20261203000900_asset_utilization.sql, 20261203001000_crew_hours.sql)
// over the Main Stage demo: 40 LED PARs (asset 31) booked 20 on days 1-2, 20 on days 3-4 and 15 on days 1-4, all
// confirmed, and 10 pencilled on day 2 10:00-18:00; 24 Socapex runs (asset 32), 16 booked on days 1-2. Shared by the
// PGlite and PostgreSQL 15 suites; every check rolls back.

const main = workspaces.mainStage
const asset = (n: number) => seedRowId(rowPrefixes.assets, n)
const booking = (n: number) => seedRowId(rowPrefixes.bookings, n)
const person = (n: number) => seedRowId(rowPrefixes.personnel, n)
const pars = asset(31)
const socapex = asset(32)
const mixingDesk = asset(1)
const pencilledPars = booking(16)

interface Conflict {
  severity: string
  conflict_type: string
  reason: string
  other_id: string | null
}

/** An ISO time `offset` days from today (the seed's dates), at `time` UTC. */
async function clock(db: SqlSession): Promise<(offset: number, time: string) => string> {
  const [row] = await rows<{ today: string }>(db, `select current_date::text as today`)
  const today = new Date(`${row!.today}T00:00:00Z`).getTime()
  return (offset, time) => new Date(today + offset * 86_400_000 + Date.parse(`1970-01-01T${time}:00Z`)).toISOString()
}

async function today(db: SqlSession, offset = 0): Promise<string> {
  const [row] = await rows<{ day: string }>(db, `select (current_date + $1::integer)::text as day`, [offset])
  return row!.day
}

function parBooking(at: (offset: number, time: string) => string, quantity: number, from: [number, string], to: [number, string], status = 'confirmed') {
  return {
    workspace_id: main, title: 'Proposed PARs', asset_id: pars, quantity, status,
    starts_at: at(...from), ends_at: at(...to),
  }
}

async function check(db: SqlSession, row: Record<string, unknown>): Promise<Conflict[]> {
  return as<Conflict>(
    db, 'bob',
    `select severity, conflict_type, reason, other_id from public.check_event_conflicts('bookings', $1::jsonb) order by severity`,
    [JSON.stringify(row)],
  )
}

async function insertBooking(db: SqlSession, row: Record<string, unknown>): Promise<string | undefined> {
  return errorOf(
    db,
    `insert into public.bookings (workspace_id, created_by, title, asset_id, quantity, status, starts_at, ends_at, conflict_override_reason)
     select workspace_id, '11111111-1111-4111-8111-111111111111', title, asset_id, quantity, status, starts_at, ends_at, conflict_override_reason
     from jsonb_populate_record(null::public.bookings, $1::jsonb)`,
    [JSON.stringify(row)],
  )
}

interface Utilization {
  asset_id: string | null
  category: string
  tracking: string | null
  stock_quantity: number
  booked_hours: string
  tentative_hours: string
  checked_out_hours: string
  utilization: string | null
  peak_demand: number | null
  peak_confirmed: number | null
  shortage: number
  peak_at: Date | null
}

async function utilization(db: SqlSession, actor: 'bob' | 'mallory', from: string, to: string): Promise<Utilization[]> {
  return as<Utilization>(db, actor, `select * from public.calculate_asset_utilization($1, $2::date, $3::date)`, [main, from, to])
}

export function describeAssetUtilizationContract(getDb: () => SqlSession): void {
  describe('bulk stock and asset utilization', () => {
    it('books bulk stock by quantity and whole assets whole', async () => {
      await rolledBack(getDb(), async (db) => {
        const at = await clock(db)
        const [defaulted] = await rows<{ quantity: number }>(
          db,
          `insert into public.bookings (workspace_id, title, asset_id, status, starts_at, ends_at)
           values ($1, 'Spare cable', $2, 'hold', $3, $4) returning quantity`,
          [main, socapex, at(20, '09:00'), at(20, '17:00')],
        )
        expect(defaulted!.quantity).toBe(1)
        expect(await insertBooking(db, { workspace_id: main, title: 'Two consoles?', asset_id: mixingDesk, quantity: 2, status: 'hold', starts_at: at(20, '09:00'), ends_at: at(20, '17:00') }))
          .toBe('23514')
        const [whole] = await rows<{ quantity: number | null }>(
          db,
          `insert into public.bookings (workspace_id, title, asset_id, quantity, status, starts_at, ends_at)
           values ($1, 'Console', $2, 1, 'hold', $3, $4) returning quantity`,
          [main, mixingDesk, at(21, '09:00'), at(21, '17:00')],
        )
        expect(whole!.quantity).toBeNull()
      })
    })

    it('judges bulk stock by the peak of concurrent demand, not the sum, on half-open windows', async () => {
      await rolledBack(getDb(), async (db) => {
        const at = await clock(db)
        // 20 + 20 + 15 are booked across days 1-4 (55 in all), never more than 35 at once: 5 more fit over all four days.
        expect((await check(db, parBooking(at, 5, [1, '08:00'], [4, '23:00']))).filter((c) => c.severity === 'block')).toEqual([])
        const [block] = await check(db, parBooking(at, 6, [1, '08:00'], [4, '23:00']))
        expect(block).toMatchObject({ severity: 'block', conflict_type: 'stock_shortage', other_id: booking(13) })
        expect(block!.reason).toContain('short by 1')
        expect(block!.reason).toContain('41 wanted at once, 40 in stock')
        // Day 2's Hamlet wash ends at 23:00; a booking of 25 from then on meets only the Gala's 15 (and no pencilled 10).
        expect(await check(db, parBooking(at, 25, [2, '23:00'], [3, '08:00']))).toEqual([])
        expect((await check(db, parBooking(at, 26, [2, '23:00'], [3, '08:00'])))[0]).toMatchObject({ severity: 'block' })
      })
    })

    it('warns where pencilled demand would run short, and a pencilled booking never blocks', async () => {
      await rolledBack(getDb(), async (db) => {
        const at = await clock(db)
        // Confirmed 35 + 5 fit; with the pencilled 10 on day 2 it would be 50.
        const [warn] = await check(db, parBooking(at, 5, [2, '10:00'], [2, '12:00']))
        expect(warn).toMatchObject({ severity: 'warn', conflict_type: 'stock_shortage' })
        expect(warn!.reason).toContain('short by 10')
        expect(warn!.reason).toContain('A Christmas Carol: workshop test 10 (tentative)')
        const [pencilled] = await check(db, parBooking(at, 30, [1, '08:00'], [1, '12:00'], 'hold'))
        expect(pencilled).toMatchObject({ severity: 'warn' })
        // The demo's own pencilled booking: 35 confirmed + its 10 = 45 of 40.
        const [own] = await rows<{ row: Record<string, unknown> }>(db, `select to_jsonb(b) as row from public.bookings b where id = $1`, [pencilledPars])
        const found = await check(db, own!.row)
        expect(found.map((c) => [c.severity, c.conflict_type])).toEqual([['warn', 'stock_shortage']])
        expect(found[0]!.reason).toMatch(/^Chauvet COLORado 1-Quad LED PAR short by 5 at .*: 45 wanted at once, 40 in stock \(10 here; also booked: Hamlet: front-of-house wash 20, Midsummer Gala: stage wash 15\)$/)
      })
    })

    it('refuses a confirmed shortage on write (23P01) unless an admin overrides it; overlapping bulk bookings within stock are fine', async () => {
      await rolledBack(getDb(), async (db) => {
        const at = await clock(db)
        expect(await insertBooking(db, parBooking(at, 5, [1, '08:00'], [4, '23:00']))).toBeUndefined()
        expect(await insertBooking(db, parBooking(at, 1, [1, '08:00'], [1, '09:00']))).toBe('23P01')
        // Confirming the pencilled 10 now needs 50 of 40 on day 2.
        expect(await errorOf(db, `update public.bookings set status = 'confirmed' where id = $1`, [pencilledPars])).toBe('23P01')
        expect(await insertBooking(db, { ...parBooking(at, 1, [1, '08:00'], [1, '09:00']), conflict_override_reason: 'Hiring in 10 from Stage Electrics' }))
          .toBeUndefined()
      })
    })

    it('keeps an asset\'s tracking while it has bookings, and a serialized asset at one unit', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await errorOf(db, `update public.assets set tracking = 'serialized', stock_quantity = 1 where id = $1`, [pars])).toBe('23514')
        expect(await errorOf(db, `update public.assets set stock_quantity = 2 where id = $1`, [mixingDesk])).toBe('23514')
        expect(await errorOf(db, `update public.assets set stock_quantity = 48 where id = $1`, [pars])).toBeUndefined()
      })
    })

    it('calculate_asset_utilization: booked unit-hours, the peak against stock, and category totals', async () => {
      await rolledBack(getDb(), async (db) => {
        const at = await clock(db)
        const found = await utilization(db, 'bob', await today(db), await today(db, 6))
        const parsRow = found.find((u) => u.asset_id === pars)!
        // 20 x 39 h + 20 x 39 h + 15 x 87 h confirmed; 10 x 8 h pencilled.
        expect(parsRow).toMatchObject({ tracking: 'bulk', stock_quantity: 40, peak_demand: 45, peak_confirmed: 35, shortage: 5 })
        expect(Number(parsRow.booked_hours)).toBe(20 * 39 + 20 * 39 + 15 * 87)
        expect(Number(parsRow.tentative_hours)).toBe(80)
        expect(new Date(parsRow.peak_at!).toISOString()).toBe(at(2, '10:00'))
        expect(Number(parsRow.utilization)).toBeCloseTo((20 * 39 + 20 * 39 + 15 * 87) / (40 * 7 * 24), 4)
        const cable = found.find((u) => u.asset_id === socapex)!
        expect(cable).toMatchObject({ peak_demand: 16, shortage: 0, peak_at: null })
        // The DiGiCo console is booked whole on day 1, 09:00-23:00.
        const desk = found.find((u) => u.asset_id === mixingDesk)!
        expect(Number(desk.booked_hours)).toBe(14)
        expect(Number(desk.utilization)).toBeCloseTo(14 / (7 * 24), 4)
        // A category's row adds up its assets.
        const lighting = found.filter((u) => u.category === 'lighting')
        const total = lighting.find((u) => u.asset_id === null)!
        const assets = lighting.filter((u) => u.asset_id !== null)
        expect(Number(total.booked_hours)).toBeCloseTo(assets.reduce((sum, u) => sum + Number(u.booked_hours), 0), 2)
        expect(total.stock_quantity).toBe(assets.reduce((sum, u) => sum + u.stock_quantity, 0))
        expect(total.shortage).toBe(5)
      })
    })

    it('calculate_asset_utilization: checked-out time comes from the ledger, cut to the range', async () => {
      await rolledBack(getDb(), async (db) => {
        const at = await clock(db)
        const socket = asset(14)
        await db.query(
          `insert into public.asset_transactions (workspace_id, asset_id, transaction_type, happened_at) values
             ($1, $2, 'check_out', $3), ($1, $2, 'check_in', $4)`,
          [main, socket, at(30, '12:00'), at(32, '00:00')],
        )
        const [row] = (await utilization(db, 'bob', await today(db, 31), await today(db, 31))).filter((u) => u.asset_id === socket)
        expect(Number(row!.checked_out_hours)).toBe(24)
        expect(Number(row!.utilization)).toBe(1)
      })
    })

    it('calculate_asset_utilization: row-level security decides what is counted, and bad ranges are refused', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await utilization(db, 'mallory', await today(db), await today(db, 6))).toEqual([])
        expect(await errorOf(db, `select * from public.calculate_asset_utilization($1, current_date, current_date - 1)`, [main])).toBe('22023')
      })
    })
  })

  describe('crew hours', () => {
    async function crewHours(db: SqlSession, actor: 'bob' | 'mallory', from: string, to: string) {
      return as<{ person_id: string; confirmed_hours: string; tentative_hours: string; capacity_hours: string; overtime_hours: string; double_time_hours: string; weighted_hours: string; seventh_days: number }>(
        db, actor, `select * from public.get_crew_hours($1, $2::date, $3::date)`, [main, from, to],
      )
    }

    it('get_crew_hours: each person\'s hours, capacity and overtime for the range agree with calculate_overtime', async () => {
      await rolledBack(getDb(), async (db) => {
        const from = await today(db)
        const to = await today(db, 13)
        const found = await crewHours(db, 'bob', from, to)
        expect(found.every((p) => Number(p.capacity_hours) === 80)).toBe(true)
        for (const who of [person(12), person(8)]) {
          const row = found.find((p) => p.person_id === who)!
          const [priced] = await as<{ overtime: string; double_time: string; weighted: string; seventh: number; worked: string }>(
            db, 'bob',
            `select coalesce(sum(overtime_hours), 0) as overtime, coalesce(sum(double_time_hours), 0) as double_time,
                    coalesce(sum(weighted_hours), 0) as weighted, (count(*) filter (where seventh_day))::int as seventh,
                    coalesce(sum(worked_hours), 0) as worked
             from public.calculate_overtime($1, $2::date, $3::date)`, [who, from, to],
          )
          expect([Number(row.overtime_hours), Number(row.double_time_hours), Number(row.weighted_hours), row.seventh_days, Number(row.confirmed_hours)])
            .toEqual([Number(priced!.overtime), Number(priced!.double_time), Number(priced!.weighted), priced!.seventh, Number(priced!.worked)])
        }
        // Aisha works seven days running into overtime; Kwame is only pencilled, so nothing of his is paid.
        const aisha = found.find((p) => p.person_id === person(12))!
        expect(aisha.seventh_days).toBe(1)
        expect(Number(aisha.overtime_hours)).toBeGreaterThan(0)
        const kwame = found.find((p) => p.person_id === person(7))!
        expect([Number(kwame.confirmed_hours), Number(kwame.overtime_hours)]).toEqual([0, 0])
        expect(Number(kwame.tentative_hours)).toBeGreaterThan(0)
      })
    })

    it('get_crew_hours: capacity follows the range, others\' workspaces are invisible, bad ranges are refused', async () => {
      await rolledBack(getDb(), async (db) => {
        const oneDay = await crewHours(db, 'bob', await today(db, 1), await today(db, 1))
        expect(oneDay.length).toBeGreaterThan(0)
        expect(Number(oneDay[0]!.capacity_hours)).toBe(8)
        expect(await crewHours(db, 'mallory', await today(db), await today(db, 13))).toEqual([])
        expect(await errorOf(db, `select * from public.get_crew_hours($1, current_date, current_date - 1)`, [main])).toBe('22023')
      })
    })
  })
}
