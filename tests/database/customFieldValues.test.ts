import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import pg from 'pg'
import type { PGlite } from '@electric-sql/pglite'
import { applyMigrations, runBootstrap, runSeed } from '../../server/database/migrate.ts'
import { startPostgres15, type PostgresServer } from './support/postgresServer.ts'
import { openSeededPglite } from './support/seededPglite.ts'
import { users, workspaces, seedRowId, rowPrefixes } from './support/seedIds.ts'
import { actAs, pgSession, rolledBack, rows, sqlState, type SqlSession } from './support/sqlSession.ts'

// supabase/migrations/20261123001100_custom_field_values.sql, on PGlite (the embedded backend) and on a real
// PostgreSQL 15 (hosted Supabase): the same checks, messages and clean-ups on both.

const main = workspaces.mainStage
const task = (n: number) => seedRowId(rowPrefixes.project_tasks, n)

/**
 * The SQLSTATE and message of a failing statement, or undefined when it succeeds. Inside a savepoint, so that the
 * surrounding (rolled-back) transaction can go on after the failure.
 */
async function failure(db: SqlSession, run: () => Promise<unknown>): Promise<{ code: string | undefined; message: string } | undefined> {
  await db.exec('savepoint attempt')
  try {
    await run()
    await db.exec('release savepoint attempt')
    return undefined
  } catch (error) {
    await db.exec('rollback to savepoint attempt')
    return { code: sqlState(error), message: (error as Error).message }
  }
}

async function defineField(
  db: SqlSession,
  field: { name: string; label: string; type: string; options?: unknown[]; config?: object; required?: boolean; defaultValue?: unknown; module?: string },
): Promise<string> {
  const [row] = await rows<{ id: string }>(
    db,
    `insert into public.custom_fields (workspace_id, module, name, label, field_type, options, config, is_required, default_value)
     values ($1, $2, $3, $4, $5, $6, $7, $8, $9) returning id`,
    [
      main,
      field.module ?? 'project_tasks',
      field.name,
      field.label,
      field.type,
      JSON.stringify(field.options ?? []),
      JSON.stringify(field.config ?? {}),
      field.required ?? false,
      field.defaultValue === undefined ? null : JSON.stringify(field.defaultValue),
    ],
  )
  return row!.id
}

const setValues = (db: SqlSession, id: string, values: object) =>
  rows<{ custom_fields: Record<string, unknown> }>(
    db,
    `update public.project_tasks set custom_fields = $2 where id = $1 returning custom_fields`,
    [id, JSON.stringify(values)],
  )

const valuesOf = async (db: SqlSession, id: string) =>
  (await rows<{ custom_fields: Record<string, unknown> }>(db, 'select custom_fields from public.project_tasks where id = $1', [id]))[0]!
    .custom_fields

const colours = [
  { value: 'red', label: 'Red', color: 'red' },
  { value: 'blue', label: 'Blue', color: 'blue' },
  { value: 'green', label: 'Green' },
]

function describeCustomFieldValues(getDb: () => SqlSession): void {
  describe('values', () => {
    it('refuses a value that does not fit its field, with check_violation naming the field', async () => {
      const cases: Array<[type: string, config: object, value: unknown, message: RegExp]> = [
        ['text', { maxLength: 5 }, 'too long by far', /^Probe: at most 5 characters$/],
        ['text', {}, 42, /^Probe: expected text$/],
        ['number', { min: 0, max: 10 }, 11, /^Probe: must be at most 10$/],
        ['number', {}, '12', /^Probe: expected a number$/],
        ['currency', {}, -5, /^Probe: must not be negative$/],
        ['rating', { max: 5 }, 6, /^Probe: a rating is a whole number from 1 to 5$/],
        ['rating', {}, 2.5, /whole number/],
        ['duration', {}, -10, /whole, non-negative number of minutes/],
        ['date', {}, '2026-02-30', /^Probe: "2026-02-30" is not a date$/],
        ['date', {}, '14/03/2026', /expected a date \(YYYY-MM-DD\)/],
        ['date_time', {}, '2026-03-14 19:30', /with a time zone/],
        ['checkbox', {}, 'yes', /^Probe: expected true or false$/],
        ['url', {}, 'javascript:alert(1)', /is not a web address/],
        ['email', {}, 'crew at venue', /is not an email address/],
        ['phone', {}, 'call me', /is not a phone number/],
        ['single_select', {}, 'purple', /^Probe: "purple" is not one of the options$/],
        ['multi_select', {}, ['red', 'pink'], /^Probe: "pink" is not one of the options$/],
        ['multi_select', {}, ['red', 'red'], /each option may appear once/],
        ['person', {}, '99999999-9999-4999-8999-999999999999', /^Probe: is not a member of this workspace$/],
        ['person', {}, 'alice', /expected a person/],
      ]
      for (const [type, config, value, message] of cases) {
        const result = await rolledBack(getDb(), async (db) => {
          await defineField(db, { name: 'probe', label: 'Probe', type, config, options: type.endsWith('select') ? colours : [] })
          return failure(db, () => setValues(db, task(1), { probe: value }))
        })
        expect(result?.code, `${type} ${JSON.stringify(value)}`).toBe('23514')
        expect(result?.message, `${type} ${JSON.stringify(value)}`).toMatch(message)
      }
    })

    it('accepts fitting values, stores date-times canonically in UTC and people in lower case', async () => {
      await rolledBack(getDb(), async (db) => {
        await defineField(db, { name: 'call_time', label: 'Call time', type: 'date_time' })
        await defineField(db, { name: 'colours', label: 'Colours', type: 'multi_select', options: colours })
        await defineField(db, { name: 'lead', label: 'Lead', type: 'person' })
        await defineField(db, { name: 'score', label: 'Score', type: 'rating', config: { max: 10 } })
        const [row] = await setValues(db, task(1), {
          call_time: '2026-03-14T19:30:00.123456+01:00',
          colours: ['blue', 'red'],
          lead: users.bob.toUpperCase(),
          score: 8,
          department: 'sound',
        })
        expect(row!.custom_fields).toEqual({
          call_time: '2026-03-14T18:30:00.123Z',
          colours: ['blue', 'red'],
          lead: users.bob,
          score: 8,
          department: 'sound',
        })
      })
    })

    it('removes null, empty text and empty lists: no value is no key', async () => {
      await rolledBack(getDb(), async (db) => {
        const [row] = await setValues(db, task(2), { department: null, serial: '', tags: [], requires_crew_call: false })
        expect(row!.custom_fields).toEqual({ requires_crew_call: false })
      })
    })

    it('ignores keys no field defines (they are kept as they are)', async () => {
      await rolledBack(getDb(), async (db) => {
        const [row] = await setValues(db, task(3), { legacy_key: { anything: [1, 'two'] }, department: 'video' })
        expect(row!.custom_fields).toEqual({ legacy_key: { anything: [1, 'two'] }, department: 'video' })
      })
    })

    it('checks members writing through the API like anyone else', async () => {
      const result = await rolledBack(getDb(), async (db) => {
        await actAs(db, 'bob', users)
        return failure(db, () => setValues(db, task(4), { department: 'catering' }))
      })
      expect(result).toMatchObject({ code: '23514', message: 'Department: "catering" is not one of the options' })
    })
  })

  describe('required fields and defaults', () => {
    it('needs a value on insert, applies the default first, and refuses clearing it later', async () => {
      await rolledBack(getDb(), async (db) => {
        await defineField(db, { name: 'budget_code', label: 'Budget code', type: 'text', required: true })
        await defineField(db, { name: 'crew_size', label: 'Crew size', type: 'number', defaultValue: 4 })
        const missing = await failure(db, () => db.query(`insert into public.project_tasks (workspace_id, title) values ($1, 'No code')`, [main]))
        expect(missing).toMatchObject({ code: '23514', message: 'Budget code is required' })

        const [created] = await rows<{ id: string; custom_fields: object }>(
          db,
          `insert into public.project_tasks (workspace_id, title, custom_fields) values ($1, 'Coded', '{"budget_code": "HAM-01"}')
           returning id, custom_fields`,
          [main],
        )
        expect(created!.custom_fields).toEqual({ budget_code: 'HAM-01', crew_size: 4 })
        const cleared = await failure(db, () => setValues(db, created!.id, { crew_size: 4 }))
        expect(cleared).toMatchObject({ code: '23514', message: 'Budget code is required' })
      })
    })

    it('when a field becomes required, rows that never had it stay writable', async () => {
      await rolledBack(getDb(), async (db) => {
        const id = await defineField(db, { name: 'budget_code', label: 'Budget code', type: 'text' })
        await db.query('update public.custom_fields set is_required = true where id = $1', [id])
        const [row] = await setValues(db, task(5), { department: 'lighting' })
        expect(row!.custom_fields).toEqual({ department: 'lighting' })
      })
    })
  })

  describe('stored values are not checked again', () => {
    it('a person who left the workspace stays on the rows that name them, and those rows stay writable', async () => {
      await rolledBack(getDb(), async (db) => {
        await defineField(db, { name: 'lead', label: 'Lead', type: 'person' })
        await setValues(db, task(6), { lead: users.carol, department: 'sound' })
        await db.query('delete from public.workspace_members where workspace_id = $1 and user_id = $2', [main, users.carol])
        const [row] = await setValues(db, task(6), { lead: users.carol, department: 'video' })
        expect(row!.custom_fields).toEqual({ lead: users.carol, department: 'video' })
        const again = await failure(db, () => setValues(db, task(7), { lead: users.carol }))
        expect(again?.message).toBe('Lead: is not a member of this workspace')
      })
    })
  })

  describe('deleting definitions and options', () => {
    it('deleting a field removes its values from every row of the workspace', async () => {
      await rolledBack(getDb(), async (db) => {
        const before = await rows<{ n: number }>(db, `select count(*)::int as n from public.project_tasks where custom_fields ? 'department'`)
        expect(before[0]!.n).toBe(120)
        await db.query(`delete from public.custom_fields where workspace_id = $1 and module = 'project_tasks' and name = 'department'`, [main])
        const after = await rows<{ n: number }>(db, `select count(*)::int as n from public.project_tasks where custom_fields ? 'department'`)
        expect(after[0]!.n).toBe(0)
        // and a field recreated under the same key starts clean
        await defineField(db, { name: 'department', label: 'Department', type: 'number' })
        expect(await valuesOf(db, task(8))).toEqual({ requires_crew_call: false })
      })
    })

    it('removing a select option clears it from rows, even from a required field, and keeps the rest', async () => {
      await rolledBack(getDb(), async (db) => {
        const single = await defineField(db, { name: 'colour', label: 'Colour', type: 'single_select', options: colours, required: true })
        const multi = await defineField(db, { name: 'colours', label: 'Colours', type: 'multi_select', options: colours })
        await setValues(db, task(9), { colour: 'red', colours: ['red', 'blue'] })
        await setValues(db, task(10), { colour: 'blue', colours: ['red'] })
        const withoutRed = JSON.stringify(colours.filter((c) => c.value !== 'red'))
        await db.query('update public.custom_fields set options = $2 where id = $1', [single, withoutRed])
        await db.query('update public.custom_fields set options = $2 where id = $1', [multi, withoutRed])
        expect(await valuesOf(db, task(9))).toEqual({ colours: ['blue'] })
        expect(await valuesOf(db, task(10))).toEqual({ colour: 'blue' })
        // the cleaned row is an ordinary row again
        const [row] = await setValues(db, task(9), { colour: 'green', colours: ['blue'] })
        expect(row!.custom_fields).toEqual({ colour: 'green', colours: ['blue'] })
      })
    })

    it('lets a member delete a field of their workspace, cleaning the rows through their own access', async () => {
      await rolledBack(getDb(), async (db) => {
        await actAs(db, 'bob', users)
        const deleted = await rows(db, `delete from public.custom_fields where workspace_id = $1 and name = 'department' returning id`, [main])
        expect(deleted).toHaveLength(1)
        expect(await valuesOf(db, task(11))).not.toHaveProperty('department')
      })
    })
  })

  describe('definitions', () => {
    it('refuse changing key, module or type, a key that is a column, a table that is not a module, bad options and defaults', async () => {
      const attempts: Array<[string, (db: SqlSession) => Promise<unknown>, RegExp]> = [
        ['rename the key', (db) => db.query(`update public.custom_fields set name = 'dept' where name = 'department'`), /cannot change/],
        ['change the type', (db) => db.query(`update public.custom_fields set field_type = 'text' where name = 'department'`), /cannot change/],
        ['shadow a column', (db) => defineField(db, { name: 'status', label: 'Status 2', type: 'text' }), /built-in column/],
        ['not a module', (db) => defineField(db, { name: 'x', label: 'X', type: 'text', module: 'comments' }), /is not a module/],
        ['unknown type', (db) => defineField(db, { name: 'x', label: 'X', type: 'formula' }), /custom_fields_field_type_check/],
        [
          'duplicate option values',
          (db) => defineField(db, { name: 'x', label: 'X', type: 'single_select', options: [colours[0], colours[0]] }),
          /option values must be unique/,
        ],
        ['option without value', (db) => defineField(db, { name: 'x', label: 'X', type: 'multi_select', options: [{ label: 'A' }] }), /value and a label/],
        ['default of the wrong type', (db) => defineField(db, { name: 'x', label: 'X', type: 'checkbox', defaultValue: 'no' }), /^Default value of X: expected true or false$/],
        [
          'default option removed',
          (db) => db.query(`update public.custom_fields set options = '[{"value": "sound", "label": "Sound"}]', default_value = '"video"' where name = 'department'`),
          /Default value of Department: "video" is not one of the options/,
        ],
      ]
      for (const [what, attempt, message] of attempts) {
        const result = await rolledBack(getDb(), (db) => failure(db, () => attempt(db)))
        expect(result?.code, what).toBe('23514')
        expect(result?.message, what).toMatch(message)
      }
    })

    it('a module table attached later gets the value check too', async () => {
      await rolledBack(getDb(), async (db) => {
        await db.exec(`create table public.rentals (like private.module_row including all, name text not null)`)
        await db.query(`select private.attach_module_table('public.rentals')`)
        await defineField(db, { name: 'days', label: 'Days', type: 'number', module: 'rentals', config: { min: 1 } })
        const result = await failure(db, () =>
          db.query(`insert into public.rentals (workspace_id, name, custom_fields) values ($1, 'Haze machine', '{"days": 0}')`, [main]),
        )
        expect(result).toMatchObject({ code: '23514', message: 'Days: must be at least 1' })
      })
    })
  })
}

describe('custom field values on PGlite', () => {
  let db: PGlite
  let session: SqlSession
  beforeAll(async () => {
    ;({ db, session } = await openSeededPglite())
  })
  afterAll(async () => {
    await db?.close()
  })
  describeCustomFieldValues(() => session)
})

describe('custom field values on PostgreSQL 15', () => {
  let server: PostgresServer | undefined
  let client: pg.Client | undefined
  let session: SqlSession | undefined
  let startError: unknown
  beforeAll(async () => {
    try {
      server = await startPostgres15()
      client = new pg.Client({ host: server.host, port: server.port, user: server.user, database: server.database })
      await client.connect()
      session = pgSession(client)
      await runBootstrap(session)
      await applyMigrations(session)
      await runSeed(session)
    } catch (error) {
      startError = error
    }
  })
  afterAll(async () => {
    await client?.end().catch(() => undefined)
    await server?.stop()
  })
  describeCustomFieldValues(() => {
    if (startError !== undefined) throw startError
    if (!session) throw new Error('the PostgreSQL 15 server did not start')
    return session
  })
})
