import { describe, expect, it } from 'vitest'
import { viewPermissions } from './viewPermissions'

const shared = { isShared: true, isLocked: false, ownerId: 'owner' }
const locked = { ...shared, isLocked: true }

describe('viewPermissions', () => {
  it('lets members edit records and change an unlocked shared view, but not lock it or unshare someone else’s', () => {
    const p = viewPermissions(shared, { userId: 'bob', role: 'member' })
    expect(p).toMatchObject({ canEditRecords: true, canChangeView: true, canLock: false, canShare: false, reason: null })
  })

  it('gives viewers read-only access with a reason', () => {
    const p = viewPermissions(shared, { userId: 'carol', role: 'viewer' })
    expect(p.canEditRecords).toBe(false)
    expect(p.canChangeView).toBe(false)
    expect(p.reason).toMatch(/view-only/)
  })

  it('keeps a locked view unchangeable for members and open to admins', () => {
    const member = viewPermissions(locked, { userId: 'bob', role: 'member' })
    expect(member.canChangeView).toBe(false)
    expect(member.canEditRecords).toBe(false)
    expect(member.reason).toMatch(/locked/)
    const admin = viewPermissions(locked, { userId: 'alice', role: 'admin' })
    expect(admin).toMatchObject({ canChangeView: true, canEditRecords: true, canLock: true })
  })

  it('lets the owner share or unshare their own view', () => {
    expect(viewPermissions({ ...shared, isShared: false, ownerId: 'bob' }, { userId: 'bob', role: 'member' }).canShare).toBe(true)
  })

  it('gives a user without a known role nothing to change', () => {
    expect(viewPermissions(shared, { userId: 'x', role: null }).canChangeView).toBe(false)
  })
})
