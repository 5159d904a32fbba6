import type { PGlite } from '@electric-sql/pglite'
import type { Client } from 'pg'
import type { SqlRunner } from '../../../server/database/migrate.ts'

/**
 * The little both PGlite and a `pg` client can do, so the same checks run on the embedded database and on a
 * real PostgreSQL server.
 */
export interface SqlSession extends SqlRunner {
  query<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<{ rows: T[] }>
}

export function pgliteSession(db: PGlite): SqlSession {
  return {
    exec: (sql) => db.exec(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({ rows: (await db.query<T>(sql, params)).rows }),
  }
}

export function pgSession(client: Client): SqlSession {
  return {
    exec: (sql) => client.query(sql),
    query: async <T>(sql: string, params?: unknown[]) => ({
      rows: (await client.query(sql, params as unknown[] | undefined)).rows as T[],
    }),
  }
}

/** The SQLSTATE of a database error, if it is one. */
export function sqlState(error: unknown): string | undefined {
  if (typeof error === 'object' && error !== null && 'code' in error) {
    const code = (error as { code: unknown }).code
    return typeof code === 'string' ? code : undefined
  }
  return undefined
}

/** Runs `fn` in a transaction that is always rolled back, so a check never leaves anything behind. */
export async function rolledBack<T>(db: SqlSession, fn: (q: SqlSession) => Promise<T>): Promise<T> {
  await db.exec('begin')
  try {
    return await fn(db)
  } finally {
    await db.exec('rollback')
  }
}

export type Actor = 'alice' | 'bob' | 'carol' | 'mallory' | 'anon'

/**
 * Becomes `actor` for the rest of the current transaction, as PostgREST does: role and JWT claims in a
 * statement of their own, before the query (set in the same statement, they would not apply to it).
 */
export async function actAs(q: SqlSession, actor: Actor, userIds: Record<Exclude<Actor, 'anon'>, string>): Promise<void> {
  const role = actor === 'anon' ? 'anon' : 'authenticated'
  const claims = actor === 'anon' ? { role } : { sub: userIds[actor], role, aud: 'authenticated' }
  await q.query("select set_config('role', $1, true), set_config('request.jwt.claims', $2, true)", [
    role,
    JSON.stringify(claims),
  ])
}

/** The rows of one statement. */
export async function rows<T = Record<string, any>>(db: SqlSession, sql: string, params?: unknown[]): Promise<T[]> {
  return (await db.query<T>(sql, params)).rows
}

/**
 * The SQLSTATE (or message) a statement fails with, undefined when it succeeds. Inside a savepoint, so the
 * surrounding transaction carries on either way.
 */
export async function errorOf(db: SqlSession, sql: string, params?: unknown[]): Promise<string | undefined> {
  await db.query('savepoint attempt')
  try {
    await db.query(sql, params)
    await db.query('release savepoint attempt')
    return undefined
  } catch (error) {
    await db.query('rollback to savepoint attempt')
    return sqlState(error) ?? (error as Error).message
  }
}
