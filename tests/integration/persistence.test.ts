import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'
import { ids, signedInClient, startTestBackend } from '../support/testBackend.ts'

const dirs: string[] = []
afterAll(async () => {
  await Promise.all(dirs.map((dir) => rm(dir, { recursive: true, force: true })))
})

describe('persistence', () => {
  it('keeps a committed write across a restart on the same data directory', async () => {
    const dataDir = join(await mkdtemp(join(tmpdir(), 'callboard-persist-')), 'db')
    dirs.push(dataDir)

    const first = await startTestBackend({ dataDir })
    const bob = await signedInClient(first, 'bob')
    const inserted = await bob
      .from('productions')
      .insert({ workspace_id: ids.mainStage, name: 'Persistence Check', status: 'planning' })
      .select('id')
      .single()
    expect(inserted.error).toBeNull()
    const patched = await bob.from('productions').update({ venue: 'Hall B' }).eq('id', inserted.data!.id)
    expect(patched.error).toBeNull()
    await first.close()

    // A restart opens the directory as it is: no template, no seed, the ledger says nothing is pending.
    const second = await startTestBackend({ dataDir, loadDataDir: undefined })
    try {
      expect(second.created).toBe(false)
      const alice = await signedInClient(second, 'alice')
      const { data, error } = await alice.from('productions').select('name, venue').eq('id', inserted.data!.id).single()
      expect(error).toBeNull()
      expect(data).toEqual({ name: 'Persistence Check', venue: 'Hall B' })
    } finally {
      await second.close()
    }
  })
})
