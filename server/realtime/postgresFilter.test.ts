import { describe, expect, it } from 'vitest'
import { filterSql, parsePostgresFilter } from './postgresFilter.ts'

describe('parsePostgresFilter', () => {
  it('reads column=op.value for the seven documented operators', () => {
    for (const op of ['eq', 'neq', 'lt', 'lte', 'gt', 'gte'] as const) {
      expect(parsePostgresFilter(`priority=${op}.high`)).toEqual({ ok: true, filter: { column: 'priority', op, value: 'high' } })
    }
    expect(parsePostgresFilter('status=in.(todo,done)')).toEqual({ ok: true, filter: { column: 'status', op: 'in', value: '{todo,done}' } })
  })

  it('keeps everything after the first dot as the value, and unquotes a quoted one', () => {
    expect(parsePostgresFilter('estimate_hours=gte.1.5')).toMatchObject({ filter: { value: '1.5' } })
    expect(parsePostgresFilter('title=eq."a, b"')).toMatchObject({ filter: { value: 'a, b' } })
    expect(parsePostgresFilter('title=eq.x=y')).toMatchObject({ filter: { column: 'title', value: 'x=y' } })
  })

  it('treats a missing or blank filter as none', () => {
    expect(parsePostgresFilter(undefined)).toEqual({ ok: true, filter: null })
    expect(parsePostgresFilter('  ')).toEqual({ ok: true, filter: null })
  })

  it('answers with realtime’s messages for what it cannot parse', () => {
    expect(parsePostgresFilter('subject=foo.hey')).toEqual({ ok: false, error: 'Error parsing `filter` params: ["foo", "hey"]' })
    expect(parsePostgresFilter('undefined')).toEqual({ ok: false, error: 'Error parsing `filter` params: ["undefined"]' })
    expect(parsePostgresFilter('status=in.todo,done')).toEqual({ ok: false, error: '`in` filter value must be wrapped by parentheses' })
    // newer operators are refused, so that a filter that works locally also works on hosted Supabase
    expect(parsePostgresFilter('title=like.a%')).toMatchObject({ ok: false })
    expect(parsePostgresFilter(5)).toMatchObject({ ok: false })
  })
})

describe('filterSql', () => {
  it('casts the literal to the column type', () => {
    expect(filterSql('r."n"', 'gte', '$2', 'integer')).toBe('r."n" >= $2::integer')
    expect(filterSql('r."s"', 'in', '$3', 'text')).toBe('r."s" = any($3::text[])')
    expect(filterSql('r."s"', 'neq', '$3', 'text')).toBe('r."s" <> $3::text')
  })
})
