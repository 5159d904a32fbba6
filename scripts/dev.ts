// `npm run dev`: the embedded backend (kept data directory) and the Vite dev server in one process.
import { join } from 'node:path'
import { createServer } from 'vite'
import { jwtSecretFromEnv } from '../server/config.ts'
import { projectRoot } from '../server/database/migrate.ts'
import { runBackend } from '../server/runBackend.ts'

await runBackend({ jwtSecret: jwtSecretFromEnv(), dataDir: join(projectRoot, '.callboard', 'db') })
const vite = await createServer({ root: projectRoot })
await vite.listen()
vite.printUrls()
