import { createClient } from '@supabase/supabase-js'
import { describe, expect, it } from 'vitest'
import WebSocket from 'ws'
import { compileViewParams, compileViewQuery } from './compileViewQuery'
import type { FilterGroup } from './filterTree'
import { context, taskFields } from './testFields'

const filter: FilterGroup = {
  kind: 'group',
  id: 'f',
  conjunction: 'and',
  children: [
    { kind: 'condition', id: 'a', field: 'status', operator: 'any_of', value: ['todo', 'in_progress'] },
    { kind: 'condition', id: 'b', field: 'assignee_id', operator: 'eq', value: 'me' },
    {
      kind: 'group',
      id: 'c',
      conjunction: 'or',
      children: [
        { kind: 'condition', id: 'c1', field: 'title', operator: 'contains', value: 'Hang "the" rig, (fast)' },
        { kind: 'condition', id: 'c2', field: 'department', operator: 'neq', value: 'sound' },
        {
          kind: 'group',
          id: 'c3',
          conjunction: 'and',
          children: [
            { kind: 'condition', id: 'c31', field: 'crew_size', operator: 'gte', value: 4 },
            { kind: 'condition', id: 'c32', field: 'due_date', operator: 'before', value: { relative: 'today', days: 7 } },
          ],
        },
      ],
    },
  ],
}

describe('compileViewParams', () => {
  it('puts top-level conditions in query parameters and nested groups in or=(...) with and(...) inside', () => {
    const { filters } = compileViewParams({ filter, sorts: [] }, taskFields, { context, workspaceId: 'w1' })
    expect(filters).toEqual([
      ['workspace_id', 'eq.w1'],
      ['deleted_at', 'is.null'],
      ['status', 'in.("todo","in_progress")'],
      ['assignee_id', 'eq.22222222-2222-4222-8222-222222222222'],
      [
        'or',
        '(title.ilike."*Hang \\"the\\" rig, (fast)*",custom_fields->>department.is.null,custom_fields->>department.neq."sound",' +
          'and(custom_fields->crew_size.gte."4",due_date.lt."2026-11-30"))',
      ],
    ])
  })

  it('orders like compareRecords: nulls last ascending and first descending, custom values by their access, then id', () => {
    const { order } = compileViewParams(
      {
        filter: null,
        sorts: [
          { field: 'due_date', direction: 'asc' },
          { field: 'crew_size', direction: 'desc' },
          { field: 'department', direction: 'asc' },
          { field: 'ghost', direction: 'asc' },
        ],
      },
      taskFields,
    )
    expect(order).toEqual([
      { column: 'due_date', ascending: true, nullsFirst: false },
      { column: 'custom_fields->crew_size', ascending: false, nullsFirst: true },
      { column: 'custom_fields->>department', ascending: true, nullsFirst: false },
      { column: 'id', ascending: true, nullsFirst: false },
    ])
  })

  it('falls back to creation order, or to the order asked for, when the view has no sorts', () => {
    expect(compileViewParams({ filter: null, sorts: [] }, taskFields).order[0]).toEqual({ column: 'created_at', ascending: true, nullsFirst: false })
    const manual = compileViewParams({ filter: null, sorts: [] }, taskFields, { defaultSorts: [{ field: 'position', direction: 'asc' }] })
    expect(manual.order.map((o) => o.column)).toEqual(['position', 'id'])
  })

  it('can include soft-deleted rows when asked', () => {
    expect(compileViewParams({ filter: null, sorts: [] }, taskFields, { includeDeleted: true }).filters).toEqual([])
  })
})

describe('compileViewQuery', () => {
  it('applies the parameters to a supabase-js select, which sends them verbatim', () => {
    // Node 20 has no WebSocket; nothing is sent, but supabase-js wants a transport to exist.
    const supabase = createClient('http://localhost:54321', 'anon-key', { auth: { persistSession: false }, realtime: { transport: WebSocket as never } })
    const query = compileViewQuery(supabase.from('project_tasks').select('id'), { filter, sorts: [{ field: 'title', direction: 'desc' }] }, taskFields, {
      context,
    })
    const url = (query as unknown as { url: URL }).url
    expect(url.searchParams.getAll('status')).toEqual(['in.("todo","in_progress")'])
    expect(url.searchParams.getAll('or')).toEqual([expect.stringMatching(/^\(title\.ilike\."\*Hang/)])
    expect(url.searchParams.get('order')).toBe('title.desc.nullsfirst,id.asc.nullslast')
  })
})
