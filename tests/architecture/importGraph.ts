import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { dirname, join, relative, resolve } from 'node:path'
import ts from 'typescript'

export const projectRoot = resolve(import.meta.dirname, '..', '..')

/** One import of a source file: what it wrote, and the project file it reaches (null for a package). */
export interface ImportEdge {
  specifier: string
  /** Project-relative path with forward slashes, or null when the specifier names a package. */
  target: string | null
}

const sourceFile = /\.(ts|tsx)$/
const extensions = ['', '.ts', '.tsx', '/index.ts', '/index.tsx']

/** Every .ts/.tsx file under `folder` (project-relative), declarations and node_modules left out. */
export function sourceFiles(folder: string): string[] {
  const out: string[] = []
  const walk = (dir: string) => {
    for (const name of readdirSync(join(projectRoot, dir))) {
      const path = `${dir}/${name}`
      if (name === 'node_modules' || name.startsWith('.')) continue
      if (statSync(join(projectRoot, path)).isDirectory()) walk(path)
      else if (sourceFile.test(name) && !name.endsWith('.d.ts')) out.push(path)
    }
  }
  walk(folder)
  return out.sort()
}

const cache = new Map<string, ImportEdge[]>()

/** The imports of one file (static, type-only, re-exports and dynamic import()), as TypeScript's scanner reads them. */
export function importsOf(file: string): ImportEdge[] {
  const known = cache.get(file)
  if (known) return known
  const text = readFileSync(join(projectRoot, file), 'utf8')
  const { importedFiles } = ts.preProcessFile(text, true, true)
  const edges = importedFiles.map(({ fileName }) => ({ specifier: fileName, target: resolveSpecifier(file, fileName) }))
  cache.set(file, edges)
  return edges
}

function resolveSpecifier(from: string, specifier: string): string | null {
  if (!specifier.startsWith('.')) return null
  const base = resolve(projectRoot, dirname(from), specifier)
  // Specifiers may carry the .ts ending (server code) or none (app code); Vite's ?raw and friends are cut off.
  const clean = base.replace(/\?.*$/, '')
  for (const ending of extensions) {
    const candidate = clean + ending
    if (existsSync(candidate) && statSync(candidate).isFile()) return relative(projectRoot, candidate).split('\\').join('/')
  }
  throw new Error(`${from}: cannot resolve import '${specifier}'`)
}

/**
 * The shortest import chain from `file` to a file or package that `isForbidden` names, or null when none is
 * reachable. Following the chain is how a newcomer sees which import broke a wall.
 */
export function forbiddenChain(file: string, isForbidden: (edge: ImportEdge) => boolean): string[] | null {
  const seen = new Set([file])
  const queue: string[][] = [[file]]
  while (queue.length > 0) {
    const chain = queue.shift()!
    for (const edge of importsOf(chain[chain.length - 1]!)) {
      if (isForbidden(edge)) return [...chain, edge.target ?? edge.specifier]
      if (edge.target && sourceFile.test(edge.target) && !seen.has(edge.target)) {
        seen.add(edge.target)
        queue.push([...chain, edge.target])
      }
    }
  }
  return null
}
