// `npm run bench [scenario...]`: runs the scenarios, prints a table each and writes bench/results/<scenario>.json.
import { meets, printResult, saveResult, type Scenario } from './harness.ts'
import { realtimeBroadcast } from './scenarios/realtimeBroadcast.ts'
import { realtimePostgresChanges } from './scenarios/realtimePostgresChanges.ts'
import { realtimePresence } from './scenarios/realtimePresence.ts'
import { bundle } from './scenarios/bundle.ts'
import { criticalPath } from './scenarios/criticalPath.ts'
import { liveCollaboration } from './scenarios/liveCollaboration.ts'
import { restSelect } from './scenarios/restSelect.ts'
import { scheduling } from './scenarios/scheduling.ts'
import { schedulingPostgres15 } from './scenarios/schedulingPostgres15.ts'
import { viewBoard } from './scenarios/viewBoard.ts'
import { viewCalendar } from './scenarios/viewCalendar.ts'
import { viewList } from './scenarios/viewList.ts'
import { showGo } from './scenarios/showGo.ts'
import { closeBenchPages } from './browser/benchPages.ts'

const scenarios: Scenario[] = [restSelect, realtimePostgresChanges, realtimeBroadcast, realtimePresence, viewList, viewBoard, viewCalendar, bundle, liveCollaboration, scheduling, schedulingPostgres15, criticalPath, showGo]

const wanted = process.argv.slice(2)
const unknown = wanted.filter((name) => !scenarios.some((s) => s.name === name))
if (unknown.length > 0) {
  console.error(`unknown scenario(s): ${unknown.join(', ')}; known: ${scenarios.map((s) => s.name).join(', ')}`)
  process.exit(2)
}

let missed = 0
for (const scenario of scenarios.filter((s) => wanted.length === 0 || wanted.includes(s.name))) {
  const result = await scenario.run()
  printResult(result)
  console.log(`  written: ${await saveResult(result)}`)
  missed += result.metrics.filter((m) => meets(m) === false).length
}
await closeBenchPages()
console.log(missed === 0 ? '\nall targets met' : `\n${missed} target(s) missed`)
process.exit(missed === 0 ? 0 : 1)
