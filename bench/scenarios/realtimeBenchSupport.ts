import { readFile } from 'node:fs/promises'
import { Worker } from 'node:worker_threads'
import { DEMO_JWT_SECRET } from '../../server/config.ts'
import { startBackend, type Backend } from '../../server/startBackend.ts'
import { ensureDatabaseTemplate } from '../../tests/support/databaseTemplate.ts'
import type { WorkerJob, WorkerReport } from './realtimeBenchWorker.ts'

export const mainStage = 'b0000000-0000-4000-8000-000000000001'

export async function benchBackend(): Promise<Backend> {
  return startBackend({
    jwtSecret: DEMO_JWT_SECRET,
    loadDataDir: new Blob([await readFile(await ensureDatabaseTemplate())]),
    port: 0,
  })
}

export interface BenchWorker<R extends WorkerReport> {
  /** Resolves once the worker's clients are connected and subscribed. */
  ready: Promise<void>
  /** Resolves when a sending worker has sent everything. */
  sent: Promise<void>
  send(type: 'go' | 'finish', value?: unknown): void
  report: Promise<R>
}

/** Starts realtimeBenchWorker.ts in a worker thread (tsx is registered inside it, as Node 20 workers need). */
export function startWorker<R extends WorkerReport>(job: WorkerJob): BenchWorker<R> {
  const entry = new URL('./realtimeBenchWorker.ts', import.meta.url).href
  const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
  const worker = new Worker(boot, { eval: true, workerData: job })
  let readyResolve!: () => void
  let fail!: (error: Error) => void
  let sentResolve!: () => void
  const ready = new Promise<void>((resolve) => (readyResolve = resolve))
  const sent = new Promise<void>((resolve) => (sentResolve = resolve))
  const report = new Promise<R>((resolve, reject) => {
    fail = reject
    worker.on('message', (msg: { type: string; value?: unknown }) => {
      if (msg.type === 'ready') readyResolve()
      else if (msg.type === 'sent') sentResolve()
      else if (msg.type === 'report') {
        resolve(msg.value as R)
        void worker.terminate()
      } else if (msg.type === 'error') {
        reject(new Error(String(msg.value)))
        void worker.terminate()
      }
    })
  })
  worker.once('error', (error) => fail(error))
  // A worker that dies before it is ready must not leave `ready` hanging.
  const readyOrFail = Promise.race([ready, report.then(() => undefined)])
  return { ready: readyOrFail, sent: Promise.race([sent, report.then(() => undefined)]), send: (type, value) => worker.postMessage({ type, value }), report }
}

export function round(value: number, digits = 1): number {
  const f = 10 ** digits
  return Math.round(value * f) / f
}
