import { cpus, totalmem, platform, release } from 'node:os'
import { mkdir, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { projectRoot } from '../server/database/migrate.ts'

export interface Metric {
  name: string
  value: number
  unit: string
  /** The target, read as "at most" unless `atLeast` is set. */
  target?: number
  atLeast?: boolean
}

export interface ScenarioResult {
  scenario: string
  description: string
  metrics: Metric[]
  notes?: string[]
}

export interface Scenario {
  name: string
  run(): Promise<ScenarioResult>
}

export function percentile(samples: readonly number[], p: number): number {
  const sorted = [...samples].sort((a, b) => a - b)
  if (sorted.length === 0) return Number.NaN
  const index = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1))
  return sorted[index]!
}

export function meets(metric: Metric): boolean | undefined {
  if (metric.target === undefined) return undefined
  return metric.atLeast ? metric.value >= metric.target : metric.value <= metric.target
}

export function machine(): Record<string, unknown> {
  return {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    os: `${platform()} ${release()}`,
    node: process.version,
  }
}

export function printResult(result: ScenarioResult): void {
  console.log(`\n${result.scenario}: ${result.description}`)
  const rows = result.metrics.map((m) => {
    const ok = meets(m)
    const target = m.target === undefined ? '' : `${m.atLeast ? '>=' : '<='} ${m.target} ${m.unit}`
    return [m.name, `${round(m.value)} ${m.unit}`, target, ok === undefined ? '' : ok ? 'ok' : 'MISSED']
  })
  const widths = [0, 1, 2, 3].map((i) => Math.max(...rows.map((r) => r[i]!.length), ['metric', 'value', 'target', ''][i]!.length))
  const line = (cells: string[]) => cells.map((c, i) => c.padEnd(widths[i]!)).join('  ')
  console.log(line(['metric', 'value', 'target', '']))
  for (const row of rows) console.log(line(row))
  for (const note of result.notes ?? []) console.log(`  note: ${note}`)
}

export async function saveResult(result: ScenarioResult): Promise<string> {
  const dir = join(projectRoot, 'bench', 'results')
  await mkdir(dir, { recursive: true })
  const file = join(dir, `${result.scenario}.json`)
  await writeFile(file, `${JSON.stringify({ ...result, machine: machine(), date: new Date().toISOString() }, null, 2)}\n`)
  return file
}

function round(value: number): string {
  return value >= 100 ? value.toFixed(0) : value >= 10 ? value.toFixed(1) : value.toFixed(2)
}
