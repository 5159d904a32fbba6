import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { PGlite } from '@electric-sql/pglite'
import { readMigrations } from '../../server/database/migrate.ts'
import { describeAssetMovementsContract } from './support/assetMovementsContract.ts'
import { describeAssetUtilizationContract } from './support/assetUtilizationContract.ts'
import { describeCollaborationContract } from './support/collaborationContract.ts'
import { describeConflictEngineContract } from './support/conflictEngineContract.ts'
import { describeCrewAdminContract } from './support/crewAdminContract.ts'
import { describeCriticalPathContract } from './support/criticalPathContract.ts'
import { describeModuleCatalogContract } from './support/moduleCatalogContract.ts'
import { describeSchemaContract } from './support/schemaContract.ts'
import { describeSchedulingReportsContract } from './support/schedulingReportsContract.ts'
import { describeShowRuntimeContract } from './support/showRuntimeContract.ts'
import { openSeededPglite } from './support/seededPglite.ts'
import type { SqlSession } from './support/sqlSession.ts'

// The schema on PGlite (PostgreSQL 18), as the embedded backend runs it. postgres15.test.ts runs the same
// contract on a real PostgreSQL 15 server.
describe('schema on PGlite', () => {
  let db: PGlite
  let session: SqlSession
  let applied: string[]

  beforeAll(async () => {
    ;({ db, session, applied } = await openSeededPglite())
  })
  afterAll(async () => {
    await db?.close()
  })

  it('applies every migration on a fresh database', async () => {
    expect(applied).toEqual((await readMigrations()).map((m) => m.version))
  })

  describeSchemaContract(() => session)
  describeCollaborationContract(() => session)
  describeModuleCatalogContract(() => session)
  describeConflictEngineContract(() => session)
  describeSchedulingReportsContract(() => session)
  describeAssetMovementsContract(() => session)
  describeAssetUtilizationContract(() => session)
  describeShowRuntimeContract(() => session)
  describeCriticalPathContract(() => session)
  describeCrewAdminContract(() => session)
})
