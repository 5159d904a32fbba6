import type { buildDemoData } from './demoData'

type Demo = ReturnType<typeof buildDemoData>

/**
 * Gives the demo users real uuids (the factories name them `user-N`), everywhere their id appears, for tests of what
 * only a real profile id passes: person fields accept uuids alone, as the database column does.
 */
export function giveUsersUuids(demo: Demo): void {
  for (const { user } of demo.data.users) {
    const old = user.id
    const id = crypto.randomUUID()
    for (const rows of Object.values(demo.data.tables)) {
      for (const row of rows) {
        for (const [column, value] of Object.entries(row)) if (value === old) row[column] = id
      }
    }
    user.id = id
  }
}
