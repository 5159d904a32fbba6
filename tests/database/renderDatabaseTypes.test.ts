import { describe, expect, it } from 'vitest'
import type {
  CatalogColumn,
  CatalogFunction,
  CatalogFunctionArg,
  DatabaseCatalog,
} from '../../scripts/databaseTypes/databaseCatalog.ts'
import { renderDatabaseTypes } from '../../scripts/databaseTypes/renderDatabaseTypes.ts'

// The renderer's rules on small hand-made catalogs; databaseTypes.test.ts checks the real schema's file.

function catalog(parts: Partial<DatabaseCatalog>): DatabaseCatalog {
  return { schemas: ['public'], relations: [], columns: [], foreignKeys: [], uniqueKeys: [], functions: [], types: [], ...parts }
}

function table(name: string, schema = 'public') {
  return { schema, name, kind: 'table' as const, isUpdatable: false }
}

function column(tableName: string, name: string, type: string, rest: Partial<CatalogColumn> = {}): CatalogColumn {
  return { schema: 'public', table: tableName, name, type, isNullable: false, hasDefault: false, identity: null, isUpdatable: true, ...rest }
}

function fn(name: string, rest: Partial<CatalogFunction> = {}): CatalogFunction {
  return {
    schema: 'public',
    name,
    args: [],
    argumentTypes: '',
    result: 'void',
    returnType: 'void',
    returnRelation: null,
    returnsSet: false,
    rows: null,
    ...rest,
  }
}

function arg(name: string, type: string, rest: Partial<CatalogFunctionArg> = {}): CatalogFunctionArg {
  return { mode: 'in', name, type, hasDefault: false, rowTypeOf: null, ...rest }
}

/** The output with each line's indentation removed, so expectations can quote a block without counting spaces. */
function render(input: DatabaseCatalog): string {
  return renderDatabaseTypes(input)
    .split('\n')
    .map((line) => line.trim())
    .join('\n')
}

const notes = table('notes')

describe('renderDatabaseTypes', () => {
  it('types a nullable column as T | null in Row, and sorts columns by name', () => {
    const text = render(
      catalog({
        relations: [notes],
        columns: [column('notes', 'title', 'text', { isNullable: true }), column('notes', 'id', 'uuid')],
      }),
    )
    expect(text).toContain('notes: {\nRow: {\nid: string\ntitle: string | null\n}')
  })

  it('makes Insert optional for columns with a default, nullable or identity columns, and Update optional throughout', () => {
    const text = render(
      catalog({
        relations: [notes],
        columns: [
          column('notes', 'body', 'text'),
          column('notes', 'created_at', 'timestamptz', { hasDefault: true }),
          column('notes', 'n', 'int8', { identity: 'by_default' }),
          column('notes', 'tag', 'varchar', { isNullable: true }),
        ],
      }),
    )
    expect(text).toContain('Insert: {\nbody: string\ncreated_at?: string\nn?: number\ntag?: string | null\n}')
    expect(text).toContain('Update: {\nbody?: string\ncreated_at?: string\nn?: number\ntag?: string | null\n}')
  })

  it('forbids writing a GENERATED ALWAYS identity column', () => {
    const text = render(catalog({ relations: [notes], columns: [column('notes', 'id', 'int8', { identity: 'always' })] }))
    expect(text).toContain('Row: {\nid: number\n}\nInsert: {\nid?: never\n}\nUpdate: {\nid?: never\n}')
  })

  it('maps Postgres types to what PostgREST sends: arrays, json, numbers, enums by reference', () => {
    const text = render(
      catalog({
        relations: [notes],
        columns: [
          column('notes', 'a_tags', '_text'),
          column('notes', 'b_data', 'jsonb'),
          column('notes', 'c_amount', 'numeric'),
          column('notes', 'd_done', 'bool'),
          column('notes', 'e_mood', 'mood', { isNullable: true }),
          column('notes', 'f_moods', '_mood'),
          column('notes', 'g_point', 'point'),
        ],
        types: [{ schema: 'public', name: 'mood', enumValues: ['happy', 'sad'], attributes: [] }],
      }),
    )
    expect(text).toContain(
      [
        'Row: {',
        'a_tags: string[]',
        'b_data: Json',
        'c_amount: number',
        'd_done: boolean',
        'e_mood: Database["public"]["Enums"]["mood"] | null',
        'f_moods: Database["public"]["Enums"]["mood"][]',
        'g_point: unknown',
        '}',
      ].join('\n'),
    )
    expect(text).toContain('Enums: {\nmood: "happy" | "sad"\n}')
    expect(text).toContain('export const Constants = {\npublic: {\nEnums: {\nmood: ["happy", "sad"],\n},\n},\n} as const')
  })

  it('marks a foreign key one-to-one when its columns are exactly a primary or unique key of the table', () => {
    const text = render(
      catalog({
        relations: [table('people'), table('passports'), table('visits')],
        columns: [column('passports', 'person_id', 'uuid'), column('visits', 'person_id', 'uuid')],
        foreignKeys: [
          {
            name: 'passports_person_id_fkey',
            schema: 'public',
            table: 'passports',
            columns: ['person_id'],
            referencedSchema: 'public',
            referencedTable: 'people',
            referencedColumns: ['id'],
          },
          {
            name: 'visits_person_id_fkey',
            schema: 'public',
            table: 'visits',
            columns: ['person_id'],
            referencedSchema: 'public',
            referencedTable: 'people',
            referencedColumns: ['id'],
          },
        ],
        uniqueKeys: [
          { schema: 'public', table: 'passports', columns: ['person_id'] },
          // part of a wider key does not make each visit the only one
          { schema: 'public', table: 'visits', columns: ['day', 'person_id'] },
        ],
      }),
    )
    const relationship = (name: string, oneToOne: boolean) =>
      `foreignKeyName: "${name}"\ncolumns: ["person_id"]\nisOneToOne: ${oneToOne}\nreferencedRelation: "people"\nreferencedColumns: ["id"]`
    expect(text).toContain(relationship('passports_person_id_fkey', true))
    expect(text).toContain(relationship('visits_person_id_fkey', false))
  })

  it('leaves out foreign keys to other schemas, which PostgREST cannot embed', () => {
    const text = render(
      catalog({
        relations: [notes, table('users', 'auth')],
        foreignKeys: [
          {
            name: 'notes_user_id_fkey',
            schema: 'public',
            table: 'notes',
            columns: ['user_id'],
            referencedSchema: 'auth',
            referencedTable: 'users',
            referencedColumns: ['id'],
          },
        ],
      }),
    )
    expect(text).toContain('Relationships: []')
    expect(text).not.toContain('users:')
  })

  it('types function Args, with defaults optional and no arguments as never, and plain Returns', () => {
    const text = render(
      catalog({
        functions: [
          fn('add', { args: [arg('b', 'int4', { hasDefault: true }), arg('a', 'int4')], returnType: 'int4' }),
          fn('ping'),
        ],
      }),
    )
    expect(text).toContain('add: { Args: { a: number; b?: number }; Returns: number }')
    expect(text).toContain('ping: { Args: never; Returns: undefined }')
  })

  it('returns an array of rows for a set-returning function, the TABLE columns typed', () => {
    const text = render(
      catalog({
        functions: [
          fn('counts', {
            args: [arg('ws', 'uuid'), arg('total', 'int8', { mode: 'table' }), arg('status', 'text', { mode: 'table' })],
            returnType: 'record',
            returnsSet: true,
            rows: 1000,
          }),
        ],
      }),
    )
    expect(text).toContain('counts: {\nArgs: { ws: string }\nReturns: {\nstatus: string\ntotal: number\n}[]\n}')
  })

  it("returns a table's row, with SetofOptions, for a function returning that table's row type", () => {
    const text = render(
      catalog({
        relations: [notes],
        columns: [column('notes', 'id', 'uuid'), column('notes', 'title', 'text', { isNullable: true })],
        functions: [fn('touch_note', { args: [arg('id', 'uuid')], returnType: 'notes', returnRelation: { schema: 'public', name: 'notes' } })],
      }),
    )
    expect(text).toContain(
      'touch_note: {\nArgs: { id: string }\nReturns: {\nid: string\ntitle: string | null\n}\n' +
        'SetofOptions: {\nfrom: "*"\nto: "notes"\nisOneToOne: true\nisSetofReturn: false\n}\n}',
    )
  })

  it('lists overloads as a union, and leaves out trigger functions and ones with unnamed arguments', () => {
    const text = render(
      catalog({
        functions: [
          fn('find', { args: [arg('name', 'text')], argumentTypes: 'name text', returnType: 'int4' }),
          fn('find', { args: [arg('id', 'int4')], argumentTypes: 'id integer', returnType: 'int4' }),
          fn('audit', { returnType: 'trigger' }),
          fn('add_days', { args: [arg('', 'date'), arg('', 'int4')], returnType: 'date' }),
        ],
      }),
    )
    expect(text).toContain('find:\n| { Args: { id: number }; Returns: number }\n| { Args: { name: string }; Returns: number }')
    expect(text).not.toContain('audit')
    expect(text).not.toContain('add_days')
  })

  it('writes empty sections as [_ in never]: never and is the same whatever order the catalog lists things in', () => {
    const relations = [table('b'), table('a')]
    const columns = [column('a', 'y', 'text'), column('a', 'x', 'text'), column('b', 'z', 'text')]
    const forward = renderDatabaseTypes(catalog({ relations, columns }))
    const reversed = renderDatabaseTypes(catalog({ relations: [...relations].reverse(), columns: [...columns].reverse() }))
    expect(reversed).toBe(forward)
    expect(forward.indexOf('      a: {')).toBeLessThan(forward.indexOf('      b: {'))
    expect(forward).toContain('    Views: {\n      [_ in never]: never\n    }')
    expect(forward).not.toMatch(/ $/m)
  })

  it('declares the PostgREST version when asked, as supabase-js reads it', () => {
    const text = renderDatabaseTypes(catalog({}), { postgrestVersion: '12' })
    expect(text).toContain('  __InternalSupabase: {\n    PostgrestVersion: "12"\n  }')
    expect(renderDatabaseTypes(catalog({}))).not.toContain('PostgrestVersion:')
  })

  it('breaks an object over lines only when it does not fit in 80 columns', () => {
    const longName = 'p_a_rather_long_argument_name_for_a_function'
    const text = renderDatabaseTypes(
      catalog({ functions: [fn('f', { args: [arg(longName, 'uuid'), arg('p_other_argument', 'uuid')], returnType: 'bool' })] }),
    )
    expect(text).toContain(
      `      f: {\n        Args: {\n          ${longName}: string\n          p_other_argument: string\n        }\n        Returns: boolean\n      }`,
    )
  })
})
