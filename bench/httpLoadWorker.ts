// Runs HTTP clients off the server's thread, so measured latency is the backend's, not the load generator's.
import { parentPort, workerData } from 'node:worker_threads'

export interface LoadJob {
  url: string
  headers: Record<string, string>
  /** GET unless told; a POST sends `body` as JSON (an RPC). */
  method?: 'GET' | 'POST'
  body?: unknown
  /** Sequential requests for latency percentiles. */
  sequential: number
  /** Concurrent clients and how long they run, for throughput. */
  concurrency: number
  durationMs: number
}

export interface LoadReport {
  latenciesMs: number[]
  completed: number
  failed: number
  elapsedMs: number
}

async function once(job: LoadJob): Promise<boolean> {
  const res = await fetch(job.url, {
    method: job.method ?? 'GET',
    headers: job.body === undefined ? job.headers : { ...job.headers, 'content-type': 'application/json' },
    ...(job.body === undefined ? {} : { body: JSON.stringify(job.body) }),
  })
  await res.arrayBuffer()
  return res.ok
}

async function main(job: LoadJob): Promise<{ sequential: LoadReport; concurrent: LoadReport }> {
  for (let i = 0; i < 20; i++) await once(job) // warm-up: JIT, connection pool, plan caches
  const latenciesMs: number[] = []
  let failed = 0
  const seqStart = performance.now()
  for (let i = 0; i < job.sequential; i++) {
    const t = performance.now()
    if (!(await once(job))) failed++
    latenciesMs.push(performance.now() - t)
  }
  const sequential = { latenciesMs, completed: job.sequential, failed, elapsedMs: performance.now() - seqStart }

  let completed = 0
  let cFailed = 0
  const cLatencies: number[] = []
  const start = performance.now()
  const deadline = start + job.durationMs
  await Promise.all(
    Array.from({ length: job.concurrency }, async () => {
      while (performance.now() < deadline) {
        const t = performance.now()
        if (await once(job)) completed++
        else cFailed++
        cLatencies.push(performance.now() - t)
      }
    }),
  )
  return { sequential, concurrent: { latenciesMs: cLatencies, completed, failed: cFailed, elapsedMs: performance.now() - start } }
}

main(workerData as LoadJob).then(
  (report) => parentPort!.postMessage({ ok: true, report }),
  (error: unknown) => parentPort!.postMessage({ ok: false, error: String(error) }),
)
