import { createServer, type Server } from 'node:http'
import { readFile, stat } from 'node:fs/promises'
import { extname, join, normalize, sep } from 'node:path'

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.map': 'application/json; charset=utf-8',
  '.woff2': 'font/woff2',
}

/** Serves the built SPA: files from `root`, and index.html for any other path so deep links load the app. */
export function createStaticServer(root: string): Server {
  const base = normalize(root + sep)
  return createServer((req, res) => {
    void (async () => {
      const pathname = safePathname(req.url)
      const candidate = pathname ? normalize(join(base, pathname)) : base
      const file = candidate.startsWith(base) && (await isFile(candidate)) ? candidate : join(base, 'index.html')
      const body = await readFile(file)
      const hashed = file.includes(`${sep}assets${sep}`)
      res.writeHead(200, {
        'content-type': contentTypes[extname(file)] ?? 'application/octet-stream',
        'cache-control': hashed ? 'public, max-age=31536000, immutable' : 'no-cache',
      })
      res.end(req.method === 'HEAD' ? undefined : body)
    })().catch(() => {
      res.writeHead(404, { 'content-type': 'text/plain' })
      res.end('Not found: run `npm run build` first')
    })
  })
}

function safePathname(url: string | undefined): string | undefined {
  try {
    return decodeURIComponent(new URL(url ?? '/', 'http://localhost').pathname)
  } catch {
    return undefined
  }
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then((s) => s.isFile(), () => false)
}
