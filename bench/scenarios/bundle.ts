import { mkdtemp, rm } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { gzipSync } from 'node:zlib'
import { build } from 'vite'
import { projectRoot } from '../../server/database/migrate.ts'
import type { Metric, Scenario, ScenarioResult } from '../harness.ts'

interface Chunk {
  type: 'chunk'
  fileName: string
  code: string
  isEntry: boolean
  imports: string[]
  dynamicImports: string[]
  facadeModuleId: string | null
  moduleIds: string[]
}

const kB = (bytes: number) => bytes / 1000
/** Code that must stay out of the first screen: it belongs to the board, calendar and timeline chunks. */
const lazyOnly = [/node_modules\/react-big-calendar\//, /node_modules\/@dnd-kit\//, /src\/views\/(board|calendar|timeline)\//]
const renderers = ['list', 'board', 'calendar', 'timeline'] as const

/** Builds the real app as `npm run build` does (production, vite.config.ts) into a temp dir and returns its chunks. */
async function buildApp(): Promise<Chunk[]> {
  const workDir = await mkdtemp(join(tmpdir(), 'callboard-bundle-'))
  const saved = process.env.NODE_ENV
  process.env.NODE_ENV = 'production'
  try {
    const output = await build({
      root: projectRoot,
      configFile: join(projectRoot, 'vite.config.ts'),
      envDir: workDir,
      mode: 'production',
      logLevel: 'warn',
      build: { outDir: join(workDir, 'dist'), emptyOutDir: true, sourcemap: false, write: false },
    })
    const outputs = (Array.isArray(output) ? output : [output]) as { output: (Chunk | { type: 'asset' })[] }[]
    return outputs.flatMap((o) => o.output.filter((item): item is Chunk => item.type === 'chunk'))
  } finally {
    if (saved === undefined) delete process.env.NODE_ENV
    else process.env.NODE_ENV = saved
    await rm(workDir, { recursive: true, force: true })
  }
}

/** A chunk and every chunk it imports statically (what the browser must fetch before it runs). */
function staticClosure(start: Chunk, byName: Map<string, Chunk>): Set<Chunk> {
  const found = new Set<Chunk>()
  const visit = (chunk: Chunk) => {
    if (found.has(chunk)) return
    found.add(chunk)
    for (const name of chunk.imports) {
      const next = byName.get(name)
      if (next) visit(next)
    }
  }
  visit(start)
  return found
}

const gzip = (chunks: Iterable<Chunk>) => [...chunks].reduce((sum, chunk) => sum + gzipSync(chunk.code).length, 0)

/** Bench (issue 4): the first screen's JavaScript, gzipped, and each renderer as a chunk of its own. */
export const bundle: Scenario = {
  name: 'bundle',
  async run(): Promise<ScenarioResult> {
    const chunks = await buildApp()
    const byName = new Map(chunks.map((chunk) => [chunk.fileName, chunk]))
    const entry = chunks.find((chunk) => chunk.isEntry)
    if (!entry) throw new Error('the build has no entry chunk')
    const firstScreen = staticClosure(entry, byName)
    const leaked = [...firstScreen].flatMap((chunk) => chunk.moduleIds.filter((id) => lazyOnly.some((pattern) => pattern.test(id))))

    const metrics: Metric[] = [
      { name: 'first screen JS (index.html entry + static imports), gzip', value: kB(gzip(firstScreen)), unit: 'kB', target: 200 },
      { name: 'first screen JS, raw', value: kB([...firstScreen].reduce((sum, chunk) => sum + chunk.code.length, 0)), unit: 'kB' },
      { name: 'first screen chunks', value: firstScreen.size, unit: '' },
      { name: 'board/calendar/timeline modules in first screen', value: leaked.length, unit: '', target: 0 },
    ]
    const notes: string[] = [`${chunks.length} chunks in all; first screen: ${[...firstScreen].map((c) => c.fileName).join(', ')}`]
    const listChunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith('/src/views/list/listRenderer.ts'))
    if (listChunk) {
      const withList = new Set([...firstScreen, ...staticClosure(listChunk, byName)])
      metrics.push({ name: 'first screen + list view (lower bound after sign-in), gzip', value: kB(gzip(withList)), unit: 'kB' })
    }
    for (const type of renderers) {
      const chunk = chunks.find((candidate) => candidate.facadeModuleId?.endsWith(`/src/views/${type}/${type}Renderer.ts`))
      if (!chunk) {
        metrics.push({ name: `${type} renderer is a chunk of its own`, value: 0, unit: '', target: 1, atLeast: true })
        continue
      }
      const extra = [...staticClosure(chunk, byName)].filter((c) => !firstScreen.has(c))
      metrics.push({ name: `${type} renderer chunk, gzip`, value: kB(gzip([chunk])), unit: 'kB' })
      metrics.push({ name: `${type} view: JS loaded on opening, gzip`, value: kB(gzip(extra)), unit: 'kB' })
      metrics.push({ name: `${type} renderer chunk outside the first screen`, value: firstScreen.has(chunk) ? 0 : 1, unit: '', target: 1, atLeast: true })
      notes.push(`${type}: ${extra.map((c) => c.fileName).join(', ')}`)
    }
    if (leaked.length > 0) notes.push(`in the first screen but lazy-only: ${leaked.slice(0, 10).join(', ')}`)
    notes.push('the list renderer is lazy too: a signed-in list screen loads at least "first screen + list view" (route chunks reached through other dynamic imports are not counted)')
    return { scenario: 'bundle', description: 'vite build of the app (production, vite.config.ts); sizes from the build output, gzip level 6 (zlib default)', metrics, notes }
  },
}
