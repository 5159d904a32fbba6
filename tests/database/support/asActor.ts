import { users } from './seedIds.ts'
import { actAs, rows, type Actor, type SqlSession } from './sqlSession.ts'

/** Runs `sql` as a demo person (or anon), then becomes the owner again, so the checks that follow see every row. */
export async function as<T = Record<string, any>>(db: SqlSession, actor: Actor, sql: string, params?: unknown[]): Promise<T[]> {
  await actAs(db, actor, users)
  try {
    return await rows<T>(db, sql, params)
  } finally {
    await db.query('reset role')
  }
}
