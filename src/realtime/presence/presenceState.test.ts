import { describe, expect, it } from 'vitest'
import { summarizePresence, type TabState } from './presenceState'

const tab = (tabId: string, userId: string, values: Partial<TabState> = {}): [string, TabState] => [
  tabId,
  { tabId, userId, status: 'online', moduleKey: 'tasks', viewId: null, recordId: null, editing: null, ...values },
]

describe('summarizePresence', () => {
  it('folds a person’s tabs into one: online if any tab is in front, every view, record and edit', () => {
    const states = new Map([
      tab('t1', 'bob', { status: 'away', viewId: 'v1' }),
      tab('t2', 'bob', { viewId: 'v2', recordId: 'r1', editing: { recordId: 'r1', field: 'title' } }),
      tab('t3', 'alice', { status: 'away', viewId: 'v1' }),
    ])
    const users = summarizePresence(
      [
        { key: 'bob', state: { name: 'Bob', tabId: 't1' } },
        { key: 'bob', state: { name: 'Bob', tabId: 't2' } },
        { key: 'alice', state: { name: 'Alice', tabId: 't3' } },
      ],
      states,
    )
    expect(users).toEqual([
      { userId: 'alice', name: 'Alice', status: 'away', viewIds: ['v1'], recordIds: [], editing: [] },
      { userId: 'bob', name: 'Bob', status: 'online', viewIds: ['v1', 'v2'], recordIds: ['r1'], editing: [{ recordId: 'r1', field: 'title' }] },
    ])
  })

  it('counts a tab whose state has not arrived as online and nowhere; a state claiming another user’s tab is ignored', () => {
    const users = summarizePresence([{ key: 'bob', state: { name: 'Bob', tabId: 't1' } }], new Map([tab('t1', 'mallory', { viewId: 'v9' })]))
    expect(users).toEqual([{ userId: 'bob', name: 'Bob', status: 'online', viewIds: [], recordIds: [], editing: [] }])
  })

  it('skips presence it cannot read instead of trusting it', () => {
    expect(summarizePresence([{ key: 'x', state: { name: 42 } }], new Map())).toEqual([])
  })
})
