import { describe, expect, it } from 'vitest'
import { as } from './asActor.ts'
import { rowPrefixes, seedRowId, users, workspaces } from './seedIds.ts'
import { actAs, errorOf, rolledBack, rows, sqlState, type Actor, type SqlSession } from './sqlSession.ts'

// The rules of timesheets, hiring and sign-offs (20261203000600_crew_admin.sql, 20261203000700_project_compliance.sql)
// and get_payroll_summary, over the Main Stage demo (the crew admin section of supabase/seed.sql). Shared by the
// PGlite and PostgreSQL 15 suites; every check rolls back.

const main = workspaces.mainStage
const arena = workspaces.arena
const entry = (n: number) => seedRowId('7f000000', n)
const opening = (n: number) => seedRowId('70000000', n)
const applicant = (n: number) => seedRowId('71000000', n)
const safetyDocument = (n: number) => seedRowId('c4000000', n)
const person = (n: number) => seedRowId(rowPrefixes.personnel, n)
const call = (n: number) => seedRowId(rowPrefixes.personnel_assignments, n)
const production = (n: number) => seedRowId(rowPrefixes.productions, n)

const priyasSubmittedEntry = entry(1) // Mon 08:30-18:30, 60 min of breaks
const hannahsApprovedEntry = entry(2)
const jonassRejectedEntry = entry(8)
const openOpening = opening(1)
const draftOpening = opening(3)
const filledOpening = opening(4)
const closedOpening = opening(5)
const flyingRigInReview = safetyDocument(1)
const duelSignedOff = safetyDocument(2)
const pyroDraft = safetyDocument(3)

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

/** The SQLSTATE a statement as `actor` is refused with, undefined when it succeeds. In a savepoint. */
async function refusal(db: SqlSession, actor: Actor, sql: string, params?: unknown[]): Promise<string | undefined> {
  await db.query('savepoint attempt')
  try {
    await actAs(db, actor, users)
    await db.query(sql, params)
    await becomeOwner(db)
    await db.query('release savepoint attempt')
    return undefined
  } catch (error) {
    // The rollback also drops the role and claims set inside the savepoint.
    await db.query('rollback to savepoint attempt')
    return sqlState(error) ?? (error as Error).message
  }
}

interface Stamp {
  by: string | null
  /** Whether the stamp is this transaction's now(). */
  now: boolean | null
}

async function approvalOf(db: SqlSession, id: string): Promise<Stamp & { status: string }> {
  const [row] = await rows<Stamp & { status: string }>(
    db, `select status, approved_by as by, approved_at = now() as now from public.time_entries where id = $1`, [id],
  )
  return row!
}

async function signOffOf(db: SqlSession, id: string): Promise<Stamp & { status: string }> {
  const [row] = await rows<Stamp & { status: string }>(
    db, `select status, signed_off_by as by, signed_off_at = now() as now from public.project_safety where id = $1`, [id],
  )
  return row!
}

/** Last week's Monday, as the seed counts it. */
async function lastMonday(db: SqlSession): Promise<string> {
  const [row] = await rows<{ monday: string }>(db, `select (date_trunc('week', current_date)::date - 7)::text as monday`)
  return row!.monday
}

interface PayrollLine {
  full_name: string
  approved_hours: number
  approved_entries: number
  pending_hours: number
  pending_entries: number
}

async function payroll(db: SqlSession, actor: Actor, workspace: string, from: string, days: number): Promise<PayrollLine[]> {
  const found = await asActor<Record<string, unknown>>(
    db, actor, `select * from public.get_payroll_summary($1, $2::date, $2::date + $3::integer)`, [workspace, from, days],
  )
  return found.map((line) => ({
    full_name: String(line.full_name),
    approved_hours: Number(line.approved_hours),
    approved_entries: Number(line.approved_entries),
    pending_hours: Number(line.pending_hours),
    pending_entries: Number(line.pending_entries),
  }))
}

export function describeCrewAdminContract(getDb: () => SqlSession): void {
  describe('crew admin rules', () => {
    describe('time_entries', () => {
      it('lets only workspace admins approve or reject, and stamps who and when whatever the client sends', async () => {
        await rolledBack(getDb(), async (db) => {
          const approve = `update public.time_entries set status = $2 where id = $1`
          expect(await refusal(db, 'bob', approve, [priyasSubmittedEntry, 'approved'])).toBe('42501')
          expect(await refusal(db, 'bob', approve, [priyasSubmittedEntry, 'rejected'])).toBe('42501')
          expect(
            await refusal(
              db, 'bob',
              `insert into public.time_entries (workspace_id, title, person_id, clock_in, clock_out, status)
               values ($1, 'Self-approved', $2, now() - interval '3 hours', now(), 'approved')`,
              [main, person(19)],
            ),
          ).toBe('42501')

          await asActor(
            db, 'alice',
            `update public.time_entries set status = 'approved', approved_by = $2, approved_at = '2001-01-01' where id = $1`,
            [priyasSubmittedEntry, users.bob],
          )
          expect(await approvalOf(db, priyasSubmittedEntry)).toEqual({ status: 'approved', by: users.alice, now: true })

          // The decision stands, and so do its stamps, through later edits by an admin.
          await db.query(`update public.time_entries set approved_at = now() - interval '1 day' where id = $1`, [priyasSubmittedEntry])
          await asActor(
            db, 'alice', `update public.time_entries set notes = 'Checked', approved_by = $2, approved_at = now() where id = $1`,
            [priyasSubmittedEntry, users.bob],
          )
          expect(await approvalOf(db, priyasSubmittedEntry)).toEqual({ status: 'approved', by: users.alice, now: false })

          // Back to submitted: no decision, no stamps.
          await asActor(db, 'alice', `update public.time_entries set status = 'submitted' where id = $1`, [priyasSubmittedEntry])
          expect(await approvalOf(db, priyasSubmittedEntry)).toEqual({ status: 'submitted', by: null, now: null })
          await asActor(db, 'bob', `update public.time_entries set approved_by = $2, approved_at = now() where id = $1`, [
            priyasSubmittedEntry, users.alice,
          ])
          expect(await approvalOf(db, priyasSubmittedEntry)).toEqual({ status: 'submitted', by: null, now: null })
        })
      })

      it('closes an approved entry to everyone but admins, its custom field values aside; a rejected one can be fixed and resubmitted', async () => {
        await rolledBack(getDb(), async (db) => {
          expect(await refusal(db, 'bob', `update public.time_entries set break_minutes = 0 where id = $1`, [hannahsApprovedEntry])).toBe('42501')
          expect(await refusal(db, 'bob', `update public.time_entries set status = 'submitted' where id = $1`, [hannahsApprovedEntry])).toBe('42501')
          expect(await refusal(db, 'bob', `update public.time_entries set clock_out = clock_out + interval '2 hours' where id = $1`, [hannahsApprovedEntry])).toBe('42501')
          expect(
            await asActor(db, 'bob', `update public.time_entries set custom_fields = '{"cost_code": "LX-01"}' where id = $1 returning id`, [hannahsApprovedEntry]),
          ).toHaveLength(1)
          expect(await asActor(db, 'alice', `update public.time_entries set break_minutes = 30 where id = $1 returning break_minutes`, [hannahsApprovedEntry]))
            .toEqual([{ break_minutes: 30 }])
          expect(await approvalOf(db, hannahsApprovedEntry)).toMatchObject({ status: 'approved', by: users.alice })

          expect(
            await asActor(
              db, 'bob',
              `update public.time_entries set clock_out = clock_in + interval '10 hours 45 minutes', status = 'submitted'
               where id = $1 returning status, approved_by`,
              [jonassRejectedEntry],
            ),
          ).toEqual([{ status: 'submitted', approved_by: null }])
        })
      })

      it('needs a clock-out to submit, and breaks no longer than the shift (23514)', async () => {
        await rolledBack(getDb(), async (db) => {
          const [open] = await asActor<{ id: string }>(
            db, 'bob',
            `insert into public.time_entries (workspace_id, title, person_id, clock_in)
             values ($1, 'Hamlet: get-out', $2, now() - interval '2 hours') returning id`,
            [main, person(19)],
          )
          expect(await refusal(db, 'bob', `update public.time_entries set status = 'submitted' where id = $1`, [open!.id])).toBe('23514')
          expect(
            await refusal(
              db, 'bob',
              `insert into public.time_entries (workspace_id, title, person_id, clock_in, status)
               values ($1, 'Hamlet: get-out', $2, now() - interval '2 hours', 'submitted')`,
              [main, person(19)],
            ),
          ).toBe('23514')
          expect(await refusal(db, 'bob', `update public.time_entries set clock_out = now(), status = 'submitted' where id = $1`, [open!.id])).toBeUndefined()

          // Priya's shift is 600 minutes long.
          const breaks = `update public.time_entries set break_minutes = $2 where id = $1`
          expect(await refusal(db, 'bob', breaks, [priyasSubmittedEntry, 601])).toBe('23514')
          expect(await refusal(db, 'bob', breaks, [priyasSubmittedEntry, 600])).toBeUndefined()
          expect(await refusal(db, 'bob', breaks, [priyasSubmittedEntry, -1])).toBe('23514')
          expect(await refusal(db, 'bob', `update public.time_entries set clock_out = clock_in - interval '1 minute' where id = $1`, [priyasSubmittedEntry])).toBe('23514')
        })
      })

      it('lets a crew call be deleted under an approved entry: the hours stand, unlinked, still approved', async () => {
        await rolledBack(getDb(), async (db) => {
          // Hannah's Hamlet call (the owner links it: the entry is approved).
          await db.query(`update public.time_entries set assignment_id = $2 where id = $1`, [hannahsApprovedEntry, call(4)])
          expect(await refusal(db, 'bob', `update public.time_entries set assignment_id = null where id = $1`, [hannahsApprovedEntry])).toBe('42501')
          expect(await asActor(db, 'bob', `delete from public.personnel_assignments where id = $1 returning id`, [call(4)])).toHaveLength(1)
          const [after] = await rows(db, `select assignment_id, status, approved_by from public.time_entries where id = $1`, [hannahsApprovedEntry])
          expect(after).toEqual({ assignment_id: null, status: 'approved', approved_by: users.alice })
        })
      })

      it('keeps a time entry to a person and a crew call of its own workspace', async () => {
        await rolledBack(getDb(), async (db) => {
          expect(await refusal(db, 'bob', `update public.time_entries set person_id = $2 where id = $1`, [priyasSubmittedEntry, person(901)])).toBe('23503')
          expect(await refusal(db, 'bob', `update public.time_entries set assignment_id = $2 where id = $1`, [priyasSubmittedEntry, call(901)])).toBe('23503')
        })
      })
    })

    describe('get_payroll_summary', () => {
      it("sums each person's approved hours less breaks, and the hours still awaiting approval; drafts and rejections count for nothing", async () => {
        await rolledBack(getDb(), async (db) => {
          const monday = await lastMonday(db)
          expect(await payroll(db, 'carol', main, monday, 6)).toEqual([
            { full_name: 'Declan Murphy', approved_hours: 9, approved_entries: 1, pending_hours: 8, pending_entries: 1 },
            { full_name: 'Hannah Kowalski', approved_hours: 20.75, approved_entries: 2, pending_hours: 7.5, pending_entries: 1 },
            { full_name: 'Jonas Becker', approved_hours: 10, approved_entries: 1, pending_hours: 0, pending_entries: 0 },
            { full_name: 'Marco Rossi', approved_hours: 8, approved_entries: 1, pending_hours: 0, pending_entries: 0 },
            { full_name: 'Priya Raman', approved_hours: 0, approved_entries: 0, pending_hours: 9, pending_entries: 1 },
            { full_name: 'Sam Whitaker', approved_hours: 0, approved_entries: 0, pending_hours: 6, pending_entries: 1 },
          ])
        })
      })

      it('counts an entry on the day it was clocked in, leaves out deleted entries, and shows nobody another workspace', async () => {
        await rolledBack(getDb(), async (db) => {
          const monday = await lastMonday(db)
          expect((await payroll(db, 'alice', main, monday, 0)).map((l) => [l.full_name, l.approved_hours, l.pending_hours])).toEqual([
            ['Declan Murphy', 9, 0],
            ['Hannah Kowalski', 9, 0],
            ['Priya Raman', 0, 9],
          ])
          await db.query(`update public.time_entries set deleted_at = now() where id = $1`, [hannahsApprovedEntry])
          expect((await payroll(db, 'alice', main, monday, 6)).find((l) => l.full_name === 'Hannah Kowalski')).toMatchObject({
            approved_hours: 11.75, approved_entries: 1,
          })
          expect(await payroll(db, 'mallory', main, monday, 6)).toEqual([])
          const [week] = await rows<{ from: string }>(db, `select (current_date - 7)::text as from`)
          expect((await payroll(db, 'mallory', arena, week!.from, 7)).map((l) => [l.full_name, l.approved_hours, l.pending_hours])).toEqual([
            ['Jade Summers', 0, 10],
            ['Victor Hale', 10, 0],
          ])
        })
      })

      it('refuses a range with no end, an end before its start or more than 400 days (22023), and is for signed-in callers', async () => {
        await rolledBack(getDb(), async (db) => {
          const call = `select * from public.get_payroll_summary($1, $2::date, $3::date)`
          expect(await errorOf(db, call, [main, '2026-12-10', '2026-12-09'])).toBe('22023')
          expect(await errorOf(db, call, [main, '2026-12-10', null])).toBe('22023')
          expect(await errorOf(db, call, [main, '2026-01-01', '2027-02-06'])).toBe('22023')
          expect(await errorOf(db, call, [main, '2026-01-01', '2027-02-05'])).toBeUndefined()
          const [grants] = await rows(
            db,
            `select has_function_privilege('anon', 'public.get_payroll_summary(uuid, date, date)', 'execute') as anon,
                    has_function_privilege('authenticated', 'public.get_payroll_summary(uuid, date, date)', 'execute') as authenticated`,
          )
          expect(grants).toEqual({ anon: false, authenticated: true })
        })
      })
    })

    describe('job_applicants', () => {
      it('hires only into an open or filled opening (23514), and hiring creates nobody on the crew list', async () => {
        await rolledBack(getDb(), async (db) => {
          const [before] = await rows<{ n: number }>(db, `select count(*)::int as n from public.personnel`)
          const hire = `update public.job_applicants set stage = 'hired' where id = $1`
          const insert = `insert into public.job_applicants (workspace_id, opening_id, full_name, stage) values ($1, $2, 'Jo Bloggs', $3)`
          expect(await refusal(db, 'bob', hire, [applicant(1)])).toBeUndefined()
          expect(await refusal(db, 'bob', insert, [main, filledOpening, 'hired'])).toBeUndefined()
          expect(await refusal(db, 'bob', insert, [main, draftOpening, 'hired'])).toBe('23514')
          expect(await refusal(db, 'bob', insert, [main, closedOpening, 'hired'])).toBe('23514')
          expect(await refusal(db, 'bob', hire, [applicant(7)])).toBe('23514') // an applicant of the closed Gala post
          // A hired applicant moved to a draft opening is hired into it.
          expect(await refusal(db, 'bob', `update public.job_applicants set opening_id = $2 where id = $1`, [applicant(6), draftOpening])).toBe('23514')
          // Every other stage is open to a draft or closed opening's applicants.
          expect(await refusal(db, 'bob', insert, [main, draftOpening, 'interview'])).toBeUndefined()
          expect(await refusal(db, 'bob', `update public.job_applicants set stage = 'offer' where id = $1`, [applicant(7)])).toBeUndefined()
          // Closing an opening keeps the people hired into it, and they can still be edited.
          await asActor(db, 'bob', `update public.job_openings set status = 'closed' where id = $1`, [openOpening])
          expect(await refusal(db, 'bob', `update public.job_applicants set notes = 'Contract signed' where id = $1`, [applicant(1)])).toBeUndefined()
          const [after] = await rows<{ n: number }>(db, `select count(*)::int as n from public.personnel`)
          expect(after!.n).toBe(before!.n)
        })
      })
    })

    describe('project_safety', () => {
      it('lets only workspace admins sign off, and stamps who and when whatever the client sends', async () => {
        await rolledBack(getDb(), async (db) => {
          expect(await refusal(db, 'bob', `update public.project_safety set status = 'signed_off' where id = $1`, [flyingRigInReview])).toBe('42501')
          expect(
            await refusal(
              db, 'bob',
              `insert into public.project_safety (workspace_id, production_id, title, status) values ($1, $2, 'Get-out', 'signed_off')`,
              [main, production(1)],
            ),
          ).toBe('42501')

          await asActor(
            db, 'alice',
            `update public.project_safety set status = 'signed_off', signed_off_by = $2, signed_off_at = '2001-01-01' where id = $1`,
            [flyingRigInReview, users.bob],
          )
          expect(await signOffOf(db, flyingRigInReview)).toEqual({ status: 'signed_off', by: users.alice, now: true })

          // A writer's edit of a signed-off document keeps its stamps; taking it back to review clears them.
          await asActor(db, 'bob', `update public.project_safety set notes = 'Fight calls at 18:00', signed_off_by = $2 where id = $1`, [
            duelSignedOff, users.bob,
          ])
          expect(await signOffOf(db, duelSignedOff)).toEqual({ status: 'signed_off', by: users.alice, now: false })
          await asActor(db, 'bob', `update public.project_safety set status = 'review' where id = $1`, [duelSignedOff])
          expect(await signOffOf(db, duelSignedOff)).toEqual({ status: 'review', by: null, now: null })
          await asActor(db, 'bob', `update public.project_safety set signed_off_by = $2, signed_off_at = now() where id = $1`, [pyroDraft, users.alice])
          expect(await signOffOf(db, pyroDraft)).toEqual({ status: 'draft', by: null, now: null })
        })
      })

      it('trusts the owner (the seed, the server) with a sign-off and its stamps', async () => {
        await rolledBack(getDb(), async (db) => {
          const [signed] = await rows(
            db,
            `insert into public.project_safety (workspace_id, production_id, title, status, signed_off_by, signed_off_at)
             values ($1, $2, 'Get-out', 'signed_off', $3, '2026-01-05 10:00+00')
             returning signed_off_by as by, signed_off_at = '2026-01-05 10:00+00' as kept`,
            [main, production(1), users.alice],
          )
          expect(signed).toEqual({ by: users.alice, kept: true })
        })
      })
    })
  })
}
