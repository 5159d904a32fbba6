import { describe, expect, it } from 'vitest'
import { summarizePresence } from './presenceState'

const state = (name: string, values: Record<string, unknown> = {}) => ({
  name, status: 'online', moduleKey: 'tasks', viewId: null, recordId: null, editing: null, ...values,
})

describe('summarizePresence', () => {
  it('folds a person’s tabs into one: online if any tab is in front, every view, record and edit', () => {
    const users = summarizePresence([
      { key: 'bob', state: state('Bob', { status: 'away', viewId: 'v1' }) },
      { key: 'bob', state: state('Bob', { viewId: 'v2', recordId: 'r1', editing: { recordId: 'r1', field: 'title' } }) },
      { key: 'alice', state: state('Alice', { status: 'away', viewId: 'v1' }) },
    ])
    expect(users).toEqual([
      { userId: 'alice', name: 'Alice', status: 'away', viewIds: ['v1'], recordIds: [], editing: [] },
      { userId: 'bob', name: 'Bob', status: 'online', viewIds: ['v1', 'v2'], recordIds: ['r1'], editing: [{ recordId: 'r1', field: 'title' }] },
    ])
  })

  it('skips states it cannot read instead of trusting them', () => {
    expect(summarizePresence([{ key: 'x', state: { name: 42 } }, { key: 'y', state: state('Yan', { status: 'dancing' }) }])).toEqual([])
  })
})
