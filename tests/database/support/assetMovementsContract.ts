import { describe, expect, it } from 'vitest'
import { as } from './asActor.ts'
import { rowPrefixes, seedRowId, users, workspaces } from './seedIds.ts'
import { actAs, rolledBack, rows, sqlState, type Actor, type SqlSession } from './sqlSession.ts'

// The rules of check-outs, maintenance and advances (20261203000500_asset_movements.sql) over the Main Stage demo
// (the gear section of supabase/seed.sql). Shared by the PGlite and PostgreSQL 15 suites; every check rolls back.

const main = workspaces.mainStage
const arena = workspaces.arena
const asset = (n: number) => seedRowId(rowPrefixes.assets, n)
const movement = (n: number) => seedRowId('a6000000', n)
const maintenance = (n: number) => seedRowId('a7000000', n)
const advance = (n: number) => seedRowId('a8000000', n)
const person = (n: number) => seedRowId(rowPrefixes.personnel, n)
const production = (n: number) => seedRowId(rowPrefixes.productions, n)

const hamlet = production(1)
const hannah = person(8)
const grandMA3 = asset(9) // in maintenance, its fader wing repair in progress
const powerlockBoard = asset(29) // retired
const cl5 = asset(2) // available, never moved
const radioMic = asset(3) // checked out to Hamlet (movement 1), the seed's oldest
const macAura = asset(16) // came back damaged from Hamlet: quarantined, its lens repair scheduled
const truss = asset(20) // out and back in good condition
const megaPointe = asset(12) // in use since before the ledger: no movements
const hoist = asset(23) // checked out to Hamlet; its inspection done
const lensRepair = maintenance(3)
const faderWingRepair = maintenance(1)
const pendingRadioMics = advance(1)
const approvedHaze = advance(2)

/**
 * The role and claims an actor's statement leaves behind in the transaction, dropped: the owner's next statement
 * must see no auth.uid(), or the rules would take it for the actor's.
 */
async function becomeOwner(db: SqlSession): Promise<void> {
  await db.query(`select set_config('request.jwt.claims', '', true)`)
  await db.query('reset role')
}

/** `actor`'s rows of one statement, then the owner again. */
async function asActor<T = Record<string, any>>(db: SqlSession, actor: Actor, sql: string, params?: unknown[]): Promise<T[]> {
  try {
    return await as<T>(db, actor, sql, params)
  } finally {
    await becomeOwner(db)
  }
}

/** How a statement as `actor` (the owner when omitted) is refused, undefined when it succeeds. In a savepoint. */
async function refusal(
  db: SqlSession, actor: Actor | 'owner', sql: string, params?: unknown[],
): Promise<{ code: string; message: string } | undefined> {
  await db.query('savepoint attempt')
  try {
    if (actor !== 'owner') await actAs(db, actor, users)
    await db.query(sql, params)
    await becomeOwner(db)
    await db.query('release savepoint attempt')
    return undefined
  } catch (error) {
    // The rollback also drops the role and claims set inside the savepoint.
    await db.query('rollback to savepoint attempt')
    return { code: sqlState(error) ?? 'none', message: (error as Error).message }
  }
}

async function statusOf(db: SqlSession, assetId: string): Promise<string> {
  const [row] = await rows<{ status: string }>(db, 'select status from public.assets where id = $1', [assetId])
  return row!.status
}

/** A movement of Hannah's on Hamlet as a client writes it; `columns` adds or overrides columns (SQL expressions). */
function move(assetId: string, type: 'check_out' | 'check_in', columns: Record<string, string> = {}): string {
  const values: Record<string, string> = {
    workspace_id: `'${main}'`, asset_id: `'${assetId}'`, transaction_type: `'${type}'`, person_id: `'${hannah}'`,
    production_id: `'${hamlet}'`, ...columns,
  }
  return `insert into public.asset_transactions (${Object.keys(values).join(', ')})
          values (${Object.values(values).join(', ')}) returning id, title`
}

const checkOut = (assetId: string, at = 'now()') => move(assetId, 'check_out', { happened_at: at })
const checkIn = (assetId: string, condition: string | null, at = 'now()') =>
  move(assetId, 'check_in', { happened_at: at, condition: condition === null ? 'null' : `'${condition}'` })

/** Today in Main Stage's time zone (Europe/London), as the maintenance rule dates a record done without a date. */
async function workspaceToday(db: SqlSession): Promise<string> {
  const [row] = await rows<{ today: string }>(db, `select (now() at time zone 'Europe/London')::date::text as today`)
  return row!.today
}

export function describeAssetMovementsContract(getDb: () => SqlSession): void {
  describe('check-outs and check-ins', () => {
    it('seeds a ledger that agrees with every asset status', async () => {
      const db = getDb()
      // An asset whose latest movement is a check-out is in use; one back damaged or lost is in maintenance unless
      // its maintenance is done since; one back otherwise is available.
      const disagreeing = await rows<{ asset: string; status: string; latest: string; condition: string | null }>(
        db,
        `select a.name as asset, a.status, l.transaction_type as latest, l.condition
         from public.assets a
         join lateral (select t.transaction_type, t.condition from public.asset_transactions t
                       where t.asset_id = a.id and t.deleted_at is null order by t.happened_at desc limit 1) l on true
         where a.status <> case when l.transaction_type = 'check_out' then 'in_use'
                                when l.condition in ('damaged', 'lost') then 'maintenance' else 'available' end`,
      )
      expect(disagreeing).toEqual([])
      expect(await statusOf(db, macAura)).toBe('maintenance')
      expect(await statusOf(db, grandMA3)).toBe('maintenance')
      expect(await statusOf(db, asset(27))).toBe('maintenance')
      expect(await statusOf(db, powerlockBoard)).toBe('retired')
      const [counts] = await rows<{ main: number; arena: number; untouched: number }>(
        db,
        `select count(*) filter (where workspace_id = $1)::int as main, count(*) filter (where workspace_id = $2)::int as arena,
                count(*) filter (where asset_id in ($3, $4))::int as untouched
         from public.asset_transactions`,
        [main, arena, asset(1), asset(25)],
      )
      expect(counts).toEqual({ main: 12, arena: 3, untouched: 0 })
    })

    it('checks out an available asset, putting it in use and naming the record after it', async () => {
      await rolledBack(getDb(), async (db) => {
        const [row] = await asActor<{ title: string }>(db, 'bob', checkOut(cl5))
        expect(row!.title).toBe('Check-out: Yamaha CL5 digital console')
        expect(await statusOf(db, cl5)).toBe('in_use')
        // A title given is kept.
        const [given] = await asActor<{ title: string }>(db, 'bob', move(truss, 'check_out', { title: `'Truss for the Gala'` }))
        expect(given!.title).toBe('Truss for the Gala')
      })
    })

    it('lets an asset in use since before the ledger go out (and come back) like any other', async () => {
      await rolledBack(getDb(), async (db) => {
        expect(await statusOf(db, megaPointe)).toBe('in_use')
        expect(await refusal(db, 'bob', checkOut(megaPointe, `now() - interval '1 hour'`))).toBeUndefined()
        expect(await refusal(db, 'bob', checkIn(megaPointe, 'good'))).toBeUndefined()
        expect(await statusOf(db, megaPointe)).toBe('available')
      })
    })

    it('refuses to check out an asset in maintenance or retired, naming it and its status', async () => {
      await rolledBack(getDb(), async (db) => {
        const inMaintenance = await refusal(db, 'bob', checkOut(grandMA3))
        expect(inMaintenance).toEqual({ code: '23514', message: 'grandMA3 light console cannot be checked out: it is in maintenance' })
        const retired = await refusal(db, 'alice', checkOut(powerlockBoard))
        expect(retired).toEqual({ code: '23514', message: 'Powerlock 400 A distribution board cannot be checked out: it is retired' })
        // The damaged lantern is in quarantine: not even the owner gets it out before its repair.
        expect((await refusal(db, 'owner', checkOut(macAura)))?.code).toBe('23514')
        expect(await statusOf(db, grandMA3)).toBe('maintenance')
        expect(await statusOf(db, powerlockBoard)).toBe('retired')
      })
    })

    it('refuses to check out an asset that is already out', async () => {
      await rolledBack(getDb(), async (db) => {
        const twice = await refusal(db, 'bob', checkOut(radioMic))
        expect(twice?.code).toBe('23514')
        expect(twice?.message).toMatch(/^Shure ULXD2\/B58 wireless microphone #1 is already checked out \(since /)
        expect(await refusal(db, 'bob', checkOut(cl5))).toBeUndefined()
        expect((await refusal(db, 'bob', checkOut(cl5, `now() + interval '1 hour'`)))?.code).toBe('23514')
      })
    })

    it('refuses to check in an asset that is not out: never moved, or already back', async () => {
      await rolledBack(getDb(), async (db) => {
        const never = await refusal(db, 'bob', checkIn(cl5, 'good'))
        expect(never).toEqual({ code: '23514', message: 'Yamaha CL5 digital console cannot be checked in: it is not checked out' })
        expect((await refusal(db, 'bob', checkIn(truss, 'good')))?.code).toBe('23514')
        // Nor an asset in use with no check-out to close.
        expect((await refusal(db, 'bob', checkIn(megaPointe, 'good')))?.code).toBe('23514')
        expect(await statusOf(db, truss)).toBe('available')
      })
    })

    it('sets the status from the condition it comes back in: damaged or lost to maintenance, otherwise available', async () => {
      await rolledBack(getDb(), async (db) => {
        const outcomes: Record<string, string> = {}
        for (const [n, condition] of [[4, 'good'], [5, 'worn'], [13, 'damaged'], [17, 'lost'], [19, null]] as const) {
          await asActor(db, 'bob', checkOut(asset(n), `now() - interval '2 hours'`))
          expect(await statusOf(db, asset(n))).toBe('in_use')
          await asActor(db, 'bob', checkIn(asset(n), condition))
          outcomes[condition ?? 'unstated'] = await statusOf(db, asset(n))
        }
        expect(outcomes).toEqual({ good: 'available', worn: 'available', damaged: 'maintenance', lost: 'maintenance', unstated: 'available' })
        // Back in quarantine, it cannot go out again.
        expect((await refusal(db, 'bob', checkOut(asset(13))))?.code).toBe('23514')
      })
    })

    it('records an asset\'s movements in the order they happened', async () => {
      await rolledBack(getDb(), async (db) => {
        const [out] = await rows<{ at: string }>(db, `select happened_at::text as at from public.asset_transactions where id = $1`, [movement(1)])
        // Back before it went out: refused. At the same instant: refused too (which came first would be a guess).
        expect((await refusal(db, 'bob', checkIn(radioMic, 'good', `'${out!.at}'::timestamptz - interval '1 minute'`)))?.code).toBe('23514')
        expect((await refusal(db, 'bob', checkIn(radioMic, 'good', `'${out!.at}'::timestamptz`)))?.code).toBe('23514')
        expect(await refusal(db, 'bob', checkIn(radioMic, 'good', `'${out!.at}'::timestamptz + interval '1 minute'`))).toBeUndefined()
        // A check-out slipped in before the truss's last check-in would leave the ledger saying it is out and back.
        expect((await refusal(db, 'bob', checkOut(truss, `now() - interval '30 days'`)))?.code).toBe('23514')
      })
    })

    it('keeps a movement as it happened: its asset, kind, time and condition are not rewritten, nor the record soft-deleted', async () => {
      await rolledBack(getDb(), async (db) => {
        const damagedReturn = movement(4)
        for (const change of [
          `transaction_type = 'check_out'`,
          `condition = 'good'`,
          `happened_at = happened_at + interval '1 hour'`,
          `asset_id = '${cl5}'`,
          `deleted_at = now()`,
        ]) {
          const refused = await refusal(db, 'alice', `update public.asset_transactions set ${change} where id = $1`, [damagedReturn])
          expect(refused?.code, change).toBe('23514')
        }
        // What is not the movement itself stays editable.
        const [edited] = await asActor<{ notes: string }>(
          db, 'bob',
          `update public.asset_transactions set notes = 'Lens and gobo rotator', due_back_at = null where id = $1 returning notes`,
          [damagedReturn],
        )
        expect(edited!.notes).toBe('Lens and gobo rotator')
        expect(await statusOf(db, macAura)).toBe('maintenance')
      })
    })

    it('takes a date due back only on a check-out, after it went out', async () => {
      await rolledBack(getDb(), async (db) => {
        const early = await refusal(db, 'bob', move(cl5, 'check_out', { due_back_at: `now() - interval '1 day'` }))
        expect(early?.code).toBe('23514')
        expect(early?.message).toContain('asset_transactions_due_back_after_check_out')
        expect(await refusal(db, 'bob', move(cl5, 'check_out', { due_back_at: `now() + interval '1 day'` }))).toBeUndefined()
        const onReturn = await refusal(db, 'bob', move(cl5, 'check_in', { happened_at: `now() + interval '1 hour'`, due_back_at: `now() + interval '2 days'` }))
        expect(onReturn?.message).toContain('asset_transactions_due_back_after_check_out')
      })
    })

    it('lets writers move gear, not viewers or other workspaces, and then leaves the status alone', async () => {
      await rolledBack(getDb(), async (db) => {
        expect((await refusal(db, 'carol', checkOut(cl5)))?.code).toBe('42501')
        expect((await refusal(db, 'mallory', checkOut(cl5)))?.code).toBe('23503')
        expect((await refusal(db, 'anon', checkOut(cl5)))?.code).toBe('42501')
        expect(await statusOf(db, cl5)).toBe('available')
        // Nor can an Arena movement point at a Main Stage asset.
        const crossed = await refusal(
          db, 'owner',
          `insert into public.asset_transactions (workspace_id, asset_id, transaction_type) values ('${arena}', '${cl5}', 'check_out')`,
        )
        expect(crossed?.code).toBe('23503')
        expect(await statusOf(db, cl5)).toBe('available')
      })
    })
  })

  describe('maintenance', () => {
    it('marking the last open maintenance done puts the asset back in service, dated today when no date is given', async () => {
      await rolledBack(getDb(), async (db) => {
        const [done] = await asActor<{ completed_on: string }>(
          db, 'bob', `update public.asset_maintenance set status = 'done' where id = $1 returning completed_on::text`, [faderWingRepair],
        )
        expect(done!.completed_on).toBe(await workspaceToday(db))
        expect(await statusOf(db, grandMA3)).toBe('available')
        // Back in service, it can go out again.
        expect(await refusal(db, 'bob', checkOut(grandMA3))).toBeUndefined()
      })
    })

    it('keeps the asset out of service while other maintenance of it is still open', async () => {
      await rolledBack(getDb(), async (db) => {
        const [recheck] = await asActor<{ id: string }>(
          db, 'bob',
          `insert into public.asset_maintenance (workspace_id, asset_id, title, maintenance_type, status)
           values ($1, $2, 'Recheck the yoke after the drop', 'inspection', 'in_progress') returning id`,
          [main, macAura],
        )
        await asActor(db, 'bob', `update public.asset_maintenance set status = 'done', completed_on = current_date - 1 where id = $1`, [lensRepair])
        expect(await statusOf(db, macAura)).toBe('maintenance')
        const [kept] = await rows<{ completed_on: string }>(db, `select (completed_on = current_date - 1) as completed_on from public.asset_maintenance where id = $1`, [lensRepair])
        expect(kept!.completed_on).toBe(true)
        await asActor(db, 'bob', `update public.asset_maintenance set status = 'done' where id = $1`, [recheck!.id])
        expect(await statusOf(db, macAura)).toBe('available')
      })
    })

    it('counts only open records: cancelled and deleted ones do not hold an asset back', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.query(
          `insert into public.asset_maintenance (workspace_id, asset_id, title, status, deleted_at)
           values ($1, $2, 'Duplicate entry', 'scheduled', now()), ($1, $2, 'Firmware check', 'cancelled', null)`,
          [main, macAura],
        )
        await asActor(db, 'bob', `update public.asset_maintenance set status = 'done' where id = $1`, [lensRepair])
        expect(await statusOf(db, macAura)).toBe('available')
      })
    })

    it('takes a record inserted as done the same way, and leaves an asset that is not in maintenance alone', async () => {
      await rolledBack(getDb(), async (db) => {
        // The damaged lantern's only open record cancelled, a repair done on the bench is logged afterwards.
        await db.query(`update public.asset_maintenance set status = 'cancelled' where id = $1`, [lensRepair])
        expect(await statusOf(db, macAura)).toBe('maintenance')
        const [logged] = await asActor<{ completed_on: string }>(
          db, 'bob',
          `insert into public.asset_maintenance (workspace_id, asset_id, title, maintenance_type, status)
           values ($1, $2, 'Lens swapped on the bench', 'repair', 'done') returning completed_on::text`,
          [main, macAura],
        )
        expect(logged!.completed_on).toBe(await workspaceToday(db))
        expect(await statusOf(db, macAura)).toBe('available')
        // The hoist is out on Hamlet: an inspection done does not make it available.
        await asActor(
          db, 'bob',
          `insert into public.asset_maintenance (workspace_id, asset_id, title, maintenance_type, status) values ($1, $2, 'Pre-use check', 'inspection', 'done')`,
          [main, hoist],
        )
        expect(await statusOf(db, hoist)).toBe('in_use')
      })
    })

    it('does not put an asset back in service when a done record is edited again, nor when maintenance is cancelled', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.query(`update public.assets set status = 'maintenance' where id = $1`, [asset(4)])
        // Maintenance 6 (the PAT test of asset 4) was done long ago: editing it is not finishing it.
        await asActor(db, 'bob', `update public.asset_maintenance set status = 'done', notes = 'Certificate filed' where id = $1`, [maintenance(6)])
        expect(await statusOf(db, asset(4))).toBe('maintenance')
        await asActor(db, 'bob', `update public.asset_maintenance set status = 'cancelled' where id = $1`, [faderWingRepair])
        expect(await statusOf(db, grandMA3)).toBe('maintenance')
      })
    })

    it('refuses a negative cost', async () => {
      await rolledBack(getDb(), async (db) => {
        expect((await refusal(db, 'bob', `update public.asset_maintenance set cost = -1 where id = $1`, [lensRepair]))?.code).toBe('23514')
        expect(await refusal(db, 'bob', `update public.asset_maintenance set cost = 0 where id = $1`, [lensRepair])).toBeUndefined()
      })
    })

    it('runs the whole loop: damaged on return, repaired, out again', async () => {
      await rolledBack(getDb(), async (db) => {
        const deck = asset(28) // available, never moved, no maintenance
        await asActor(db, 'bob', checkOut(deck, `now() - interval '3 hours'`))
        await asActor(db, 'bob', checkIn(deck, 'damaged', `now() - interval '1 hour'`))
        expect(await statusOf(db, deck)).toBe('maintenance')
        expect((await refusal(db, 'bob', checkOut(deck)))?.code).toBe('23514')
        await asActor(
          db, 'bob',
          `insert into public.asset_maintenance (workspace_id, asset_id, title, maintenance_type, status) values ($1, $2, 'Reface the deck', 'repair', 'done')`,
          [main, deck],
        )
        expect(await statusOf(db, deck)).toBe('available')
        expect(await refusal(db, 'bob', checkOut(deck))).toBeUndefined()
        expect(await statusOf(db, deck)).toBe('in_use')
      })
    })

    it('waits for the scheduled service too: the CL5 back damaged stays out of service after its repair', async () => {
      await rolledBack(getDb(), async (db) => {
        await asActor(db, 'bob', checkOut(cl5, `now() - interval '3 hours'`))
        await asActor(db, 'bob', checkIn(cl5, 'damaged', `now() - interval '1 hour'`))
        await asActor(
          db, 'bob',
          `insert into public.asset_maintenance (workspace_id, asset_id, title, maintenance_type, status) values ($1, $2, 'Replace fader 12', 'repair', 'done')`,
          [main, cl5],
        )
        expect(await statusOf(db, cl5)).toBe('maintenance')
        await asActor(db, 'bob', `update public.asset_maintenance set status = 'done' where id = $1`, [maintenance(7)])
        expect(await statusOf(db, cl5)).toBe('available')
      })
    })
  })

  describe('production advances', () => {
    it('lets only workspace admins approve or decline a request', async () => {
      await rolledBack(getDb(), async (db) => {
        for (const status of ['approved', 'declined']) {
          const refused = await refusal(db, 'bob', `update public.production_advances set status = $2 where id = $1`, [pendingRadioMics, status])
          expect(refused, status).toEqual({ code: '42501', message: `only workspace admins may ${status === 'approved' ? 'approve' : 'decline'} an advance` })
        }
        // Nor by filing it approved.
        const filed = await refusal(
          db, 'bob',
          `insert into public.production_advances (workspace_id, production_id, item, status) values ($1, $2, 'Smoke machine', 'approved')`,
          [main, hamlet],
        )
        expect(filed?.code).toBe('42501')
        const [approved] = await asActor<{ status: string }>(
          db, 'alice', `update public.production_advances set status = 'approved' where id = $1 returning status`, [pendingRadioMics],
        )
        expect(approved!.status).toBe('approved')
        // Mallory administers Arena.
        expect(await refusal(db, 'mallory', `update public.production_advances set status = 'declined' where id = $1`, [advance(901)])).toBeUndefined()
      })
    })

    it('lets members file requests and move approved ones on, without deciding anything', async () => {
      await rolledBack(getDb(), async (db) => {
        const [filed] = await asActor<{ quantity: number; status: string; requested_by: string }>(
          db, 'bob',
          `insert into public.production_advances (workspace_id, production_id, item) values ($1, $2, 'Smoke machine')
           returning quantity, status, requested_by`,
          [main, hamlet],
        )
        expect(filed).toEqual({ quantity: 1, status: 'requested', requested_by: users.bob })
        // An approved advance is ordered by whoever places the order, and edited while it stays approved.
        expect(await refusal(db, 'bob', `update public.production_advances set notes = 'Two-week hire' where id = $1`, [approvedHaze])).toBeUndefined()
        expect(await refusal(db, 'bob', `update public.production_advances set status = 'ordered' where id = $1`, [approvedHaze])).toBeUndefined()
        expect((await refusal(db, 'carol', `update public.production_advances set status = 'ordered' where id = $1 returning id`, [pendingRadioMics]))).toBeUndefined()
        const [untouched] = await rows<{ status: string }>(db, `select status from public.production_advances where id = $1`, [pendingRadioMics])
        expect(untouched!.status).toBe('requested')
      })
    })

    it('refuses a quantity under one', async () => {
      await rolledBack(getDb(), async (db) => {
        expect((await refusal(db, 'bob', `update public.production_advances set quantity = 0 where id = $1`, [pendingRadioMics]))?.code).toBe('23514')
      })
    })
  })
}
