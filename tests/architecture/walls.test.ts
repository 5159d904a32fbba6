import { describe, expect, it } from 'vitest'
import { forbiddenChain, importsOf, sourceFiles, type ImportEdge } from './importGraph'

// The walls between the app's rooms (docs/architecture.md), read from the import graph as TypeScript scans it.
// A wall names what a file may not import itself; where a chain of imports matters, the check follows it.

const renderers = ['src/views/list', 'src/views/board', 'src/views/calendar', 'src/views/timeline']
const domainFolders = ['src/app', 'src/modules', 'src/custom-fields', 'src/views', 'src/realtime', 'src/lib/supabase']

const isReact = (edge: ImportEdge) => /^react(-dom)?(\/|$)/.test(edge.specifier) || (edge.target?.endsWith('.tsx') ?? false)
const inFolder = (folder: string) => (edge: ImportEdge) => edge.target !== null && edge.target.startsWith(`${folder}/`)
const isSupabase = (edge: ImportEdge) => inFolder('src/lib/supabase')(edge) || edge.specifier.startsWith('@supabase/')

/** `file imports target` for every direct import of `files` that `isForbidden` names. */
function directBreaches(files: readonly string[], isForbidden: (edge: ImportEdge) => boolean): string[] {
  return files.flatMap((file) => importsOf(file).filter(isForbidden).map((edge) => `${file} imports ${edge.target ?? edge.specifier}`))
}

/** The import chain that reaches a forbidden file, for every file of `files` that has one. */
function chainBreaches(files: readonly string[], isForbidden: (edge: ImportEdge) => boolean): string[] {
  return files.flatMap((file) => {
    const chain = forbiddenChain(file, isForbidden)
    return chain ? [chain.join(' -> ')] : []
  })
}

describe('walls between folders', () => {
  it('the query layer and applyRecordEvent are plain functions: no React, no components, no .tsx files', () => {
    // Field types carry their Cell and Editor components by contract, so the check is on these files' own imports:
    // they use field types' pure members and must run in Node as plain functions.
    const pure = [...sourceFiles('src/views/query'), 'src/realtime/applyRecordEvent.ts']
    expect(pure.filter((file) => file.endsWith('.tsx'))).toEqual([])
    expect(directBreaches(pure, isReact)).toEqual([])
  })

  it('renderers never import the Supabase client: they get records from the store and report edits to it', () => {
    expect(directBreaches(renderers.flatMap(sourceFiles), isSupabase)).toEqual([])
  })

  it('ui holds design-system primitives only: it imports nothing of the domain', () => {
    const domain = (edge: ImportEdge) => domainFolders.some((folder) => inFolder(folder)(edge))
    expect(directBreaches(sourceFiles('src/ui'), domain)).toEqual([])
  })

  it('module definitions are data: nothing they import reaches a renderer', () => {
    const renderer = (edge: ImportEdge) => renderers.some((folder) => inFolder(folder)(edge))
    expect(chainBreaches(sourceFiles('src/modules'), renderer)).toEqual([])
  })

  it('the embedded backend and the app never import each other, by any chain', () => {
    expect(chainBreaches(sourceFiles('server'), inFolder('src'))).toEqual([])
    expect(chainBreaches(sourceFiles('src'), inFolder('server'))).toEqual([])
  })

  it('reads real imports: a chain is found where one exists', () => {
    // Guards the walls above against a scanner that silently finds nothing.
    expect(importsOf('src/views/store/createViewStore.ts').map((edge) => edge.target)).toContain('src/views/store/recordWrites.ts')
    expect(forbiddenChain('src/views/list/ListView.tsx', (edge) => edge.specifier === 'react')).toEqual(['src/views/list/ListView.tsx', 'react'])
    expect(forbiddenChain('src/modules/registry.ts', inFolder('src/custom-fields'))?.at(-1)).toMatch(/^src\/custom-fields\//)
  })
})
