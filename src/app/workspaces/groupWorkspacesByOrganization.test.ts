import { describe, expect, it } from 'vitest'
import type { WorkspaceSummary } from './fetchWorkspaces'
import { groupWorkspacesByOrganization } from './groupWorkspacesByOrganization'

const northstar = { id: 'org-n', name: 'Northstar Theatre' }
const acme = { id: 'org-a', name: 'Acme Events' }

function workspace(id: string, organization: WorkspaceSummary['organization']): WorkspaceSummary {
  return { id, name: id, slug: id, settings: {}, organization }
}

describe('groupWorkspacesByOrganization', () => {
  it('puts organizations in name order and keeps the server order of workspaces inside each', () => {
    const groups = groupWorkspacesByOrganization([
      workspace('Main stage', northstar),
      workspace('Festival', acme),
      workspace('Studio', northstar),
    ])
    expect(groups.map((group) => group.organization?.name)).toEqual(['Acme Events', 'Northstar Theatre'])
    expect(groups[1]?.workspaces.map((w) => w.id)).toEqual(['Main stage', 'Studio'])
  })

  it('collects workspaces without a visible organization last', () => {
    const groups = groupWorkspacesByOrganization([workspace('Orphan', null), workspace('Festival', acme)])
    expect(groups.map((group) => group.organization?.name ?? null)).toEqual(['Acme Events', null])
  })

  it('returns no groups for no workspaces', () => {
    expect(groupWorkspacesByOrganization([])).toEqual([])
  })
})
