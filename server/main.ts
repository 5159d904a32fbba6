import { parseArgs } from 'node:util'
import { join } from 'node:path'
import { runBackend } from './runBackend.ts'
import { projectRoot } from './database/migrate.ts'
import { DEFAULT_HOST, DEFAULT_PORT, jwtSecretFromEnv } from './config.ts'

const usage = `Usage: tsx server/main.ts [options]
  --data-dir DIR   database directory, kept across restarts (default .callboard/db)
  --memory         throw-away in-memory database
  --port N         API port (default ${DEFAULT_PORT})
  --host HOST      address to bind (default ${DEFAULT_HOST}; anything else exposes the API)
  --serve-app      also build the app and serve it (default port 4173, --app-port N)
  --no-seed        do not load supabase/seed.sql into a new database`

try {
  const { values } = parseArgs({
    options: {
      'data-dir': { type: 'string' },
      memory: { type: 'boolean', default: false },
      port: { type: 'string' },
      host: { type: 'string' },
      'serve-app': { type: 'boolean', default: false },
      'app-port': { type: 'string' },
      'no-seed': { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  })
  if (values.help) {
    console.log(usage)
    process.exit(0)
  }
  await runBackend({
    jwtSecret: jwtSecretFromEnv(),
    ...(values.memory ? {} : { dataDir: values['data-dir'] ?? join(projectRoot, '.callboard', 'db') }),
    port: parsePort(values.port, DEFAULT_PORT),
    host: values.host ?? DEFAULT_HOST,
    seed: !values['no-seed'],
    ...(values['serve-app'] ? { appPort: parsePort(values['app-port'], 4173) } : {}),
  })
} catch (error) {
  console.error(`callboard: ${(error as Error).message}\n\n${usage}`)
  process.exit(1)
}

function parsePort(value: string | undefined, fallback: number): number {
  if (value === undefined) return fallback
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535) throw new Error(`invalid port "${value}"`)
  return port
}
