import { Worker } from 'node:worker_threads'
import type { LoadJob, LoadReport } from './httpLoadWorker.ts'

/** Runs `job` in bench/httpLoadWorker.ts on a thread of its own, so the backend's thread only serves. */
export function runLoadWorker(job: LoadJob): Promise<{ sequential: LoadReport; concurrent: LoadReport }> {
  return new Promise((resolve, reject) => {
    // Workers do not inherit tsx's loader on Node 20: register it in the worker, then load the TypeScript module.
    const entry = new URL('./httpLoadWorker.ts', import.meta.url).href
    const boot = `import('tsx/esm/api').then((tsx) => { tsx.register(); return import(${JSON.stringify(entry)}) })`
    const worker = new Worker(boot, { eval: true, workerData: job })
    worker.once('message', (msg: { ok: boolean; report?: { sequential: LoadReport; concurrent: LoadReport }; error?: string }) => {
      void worker.terminate()
      if (msg.ok && msg.report) resolve(msg.report)
      else reject(new Error(msg.error ?? 'load worker failed'))
    })
    worker.once('error', reject)
  })
}
