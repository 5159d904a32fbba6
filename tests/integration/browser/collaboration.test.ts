import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ids } from '../../support/testBackend.ts'
import { signedInPage, startBrowserStack, type BrowserStack } from './browserStack.ts'

// Two (and three) people at once, each in their own browser context: the production bundle, supabase-js over real
// sockets to the embedded backend, the database's triggers broadcasting on private channels.

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
}, 180_000)

afterAll(async () => {
  await stack?.close()
})

async function live(page: Page) {
  await page.locator('[data-connection="online"]').waitFor()
}

const column = (page: Page, key: string) => page.locator(`[data-column-key="${key}"]`)
const center = (box: { x: number; y: number; width: number; height: number }) => ({ x: box.x + box.width / 2, y: box.y + box.height / 2 })

describe('two people on one board, in Chromium', () => {
  let alice: Page
  let bob: Page
  let mallory: Page
  let boardPath = ''
  let openRecordId = ''

  beforeAll(async () => {
    // The seeded shared "Task board" of Main Stage.
    boardPath = `/w/${ids.mainStage}/tasks/0f000000-0000-4000-8000-000000000002`
    alice = await signedInPage(stack, 'alice', boardPath)
    await alice.getByRole('region', { name: 'Task board' }).waitFor()
    bob = await signedInPage(stack, 'bob', boardPath)
    await bob.getByRole('region', { name: 'Task board' }).waitFor()
    mallory = await signedInPage(stack, 'mallory', '/')
    await Promise.all([live(alice), live(bob)])
  }, 120_000)

  it('while alice drags a card bob sees its ghost where it would land; after the drop he sees it move, without reloading', async () => {
    const card = column(alice, 'todo').locator('[data-card-id]').first()
    const id = (await card.getAttribute('data-card-id'))!
    const target = (await column(alice, 'done').locator('[data-card-id]').first().boundingBox())!
    const from = center((await card.boundingBox())!)
    const to = { x: target.x + target.width / 2, y: target.y + 4 }
    const saved = alice.waitForResponse((response) => response.url().includes('/rest/v1/project_tasks') && response.request().method() === 'PATCH')

    await alice.mouse.move(from.x, from.y)
    await alice.mouse.down()
    for (let i = 1; i <= 12; i++) await alice.mouse.move(from.x + ((to.x - from.x) * i) / 12, from.y + ((to.y - from.y) * i) / 12)
    const ghost = column(bob, 'done').locator(`[data-ghost-for="${id}"]`)
    await ghost.waitFor({ timeout: 5_000 })
    expect(await ghost.textContent()).toContain('Alice Moreau is moving')
    await alice.mouse.up()
    expect((await saved).status()).toBe(200)

    await column(bob, 'done').locator(`[data-card-id="${id}"]`).waitFor({ timeout: 5_000 })
    await ghost.waitFor({ state: 'detached' })
    expect(await column(bob, 'todo').locator(`[data-card-id="${id}"]`).count()).toBe(0)
    expect(await column(bob, 'done').locator('[data-card-id]').first().getAttribute('data-card-id')).toBe(id)
  })

  it('bob sees that alice is in the workspace and in the same view; when both open a record, each sees the other on it', async () => {
    await bob.getByRole('group', { name: /In this view: .*Alice Moreau/ }).waitFor()
    await bob.getByRole('group', { name: /In this workspace: .*Alice Moreau/ }).waitFor()

    const card = column(alice, 'in_progress').locator('[data-card-id]').first()
    const id = (await card.getAttribute('data-card-id'))!
    openRecordId = id
    await alice.goto(`${stack.url}${boardPath}?record=${id}`)
    await alice.getByRole('dialog').waitFor()
    await bob.goto(`${stack.url}${boardPath}?record=${id}`)
    await bob.getByRole('dialog').waitFor()

    await bob.getByRole('group', { name: /Also viewing: Alice Moreau/ }).waitFor()
    await alice.getByRole('group', { name: /Also viewing: Bob Okafor/ }).waitFor()
  })

  it('alice and bob edit the same title at once: bob is told, chooses to keep his, and alice sees it; nothing is silently lost', async () => {
    // Both have the same record open in the drawer (previous test).
    await live(alice)
    await live(bob)
    await bob.getByRole('button', { name: 'Edit Title' }).click()
    await alice.getByRole('group', { name: /Also viewing: Bob Okafor/ }).waitFor()
    await alice.getByRole('button', { name: 'Edit Title' }).click()
    const aliceInput = alice.locator('.ui-side-panel input[aria-label="Title"]')
    await aliceInput.fill('Title by Alice')
    await aliceInput.press('Enter')

    // Bob's editor is still open with his draft: alice's value arrives and he is asked.
    const notice = bob.getByRole('alert').filter({ hasText: 'while you were editing' })
    await notice.waitFor({ timeout: 5_000 })
    expect(await notice.textContent()).toContain('Changed by Alice Moreau to Title by Alice')
    await notice.getByRole('button', { name: 'Keep mine' }).click()
    const bobInput = bob.locator('.ui-side-panel input[aria-label="Title"]')
    await bobInput.fill('Title by Bob')
    await bobInput.press('Enter')

    await alice.getByRole('dialog').getByRole('heading', { name: 'Title by Bob' }).waitFor({ timeout: 5_000 })
    await bob.getByRole('dialog').getByRole('heading', { name: 'Title by Bob' }).waitFor()
  })

  it('alice mentions bob in a comment: his bell count rises at once, and the notification opens the record', async () => {
    await bob.goto(`${stack.url}${boardPath}`)
    await bob.getByRole('region', { name: 'Task board' }).waitFor()
    await live(bob)
    const bell = bob.getByRole('button', { name: /^Notifications/ })
    const unread = async () => Number(/(\d+) unread/.exec((await bell.textContent()) ?? '')?.[1] ?? 0)
    await bell.waitFor()
    const before = await unread()

    await alice.getByRole('tab', { name: /Comments/ }).click()
    const box = alice.getByRole('combobox', { name: 'New comment' })
    await box.click()
    await box.pressSequentially('Can you check the cue list, @Bo')
    await alice.getByRole('option', { name: 'Bob Okafor' }).click()
    const posted = alice.waitForResponse((response) => response.url().includes('/rest/v1/comments') && response.request().method() === 'POST')
    await alice.getByRole('button', { name: 'Comment', exact: true }).click()
    expect((await posted).status()).toBe(201)
    await alice.getByRole('article', { name: 'Comment by Alice Moreau' }).waitFor()

    await expect.poll(unread, { timeout: 5_000 }).toBe(before + 1)
    await bell.click()
    const item = bob.getByRole('link', { name: /Alice Moreau mentioned you/ }).first()
    await item.click()
    await bob.waitForURL((url) => url.searchParams.get('record') === openRecordId)
    await bob.getByRole('dialog').getByRole('tab', { name: /Comments/ }).waitFor()
  })

  it('mallory, signed in at the same time in another organization, sees none of it', async () => {
    await mallory.locator('#module-title').waitFor()
    await live(mallory)
    const body = await mallory.locator('body').textContent()
    expect(body).not.toContain('Main Stage')
    expect(body).not.toContain('Alice Moreau')
    expect(body).not.toContain('Title by Bob')
    // Nor can she open the board by its link.
    await mallory.goto(`${stack.url}${boardPath}`)
    await mallory.getByText(/does not exist or you are not a member/).waitFor()
  })
})

describe('staffing a call with the conflict engine, in Chromium', () => {
  // Priya Raman's confirmed Stage Manager call on Hamlet tomorrow (08:30-23:30), and Bob Okafor, who is confirmed as
  // Hamlet's Technical Director the same day (08:00-20:00): see the scheduling section of supabase/seed.sql.
  const stageManagerCall = 'a1000000-0000-4000-8000-000000000001'
  const callPath = `/w/${ids.mainStage}/assignments?record=${stageManagerCall}`
  let alice: Page
  let bob: Page

  const drawerOf = (page: Page) => page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Copy link' }) })
  const personIn = (page: Page) => drawerOf(page).getByRole('definition').filter({ has: page.getByRole('button', { name: 'Edit Person' }) })

  beforeAll(async () => {
    alice = await signedInPage(stack, 'alice', callPath)
    await drawerOf(alice).getByText('No scheduling conflicts.').waitFor()
    bob = await signedInPage(stack, 'bob', callPath)
    await drawerOf(bob).getByText('No scheduling conflicts.').waitFor()
    await Promise.all([live(alice), live(bob)])
  }, 120_000)

  it('opens on the crew schedule, a timeline with one swimlane per person', async () => {
    const carol = await signedInPage(stack, 'carol', `/w/${ids.mainStage}/assignments`)
    const grid = carol.getByRole('region', { name: 'Timeline grid' })
    // Named after the person (not the id), with the number of calls: Aisha works seven days next week.
    const lane = grid.getByRole('button', { name: /^Aisha Bello\s+7$/ })
    await lane.waitFor()
    expect(await lane.getAttribute('aria-expanded')).toBe('true')
    // Her lane's header adds up the days on screen (get_crew_hours): past capacity, into overtime on the seventh day.
    const hours = grid.getByTitle(/seventh consecutive day/)
    await hours.waitFor()
    expect(await hours.getAttribute('title')).toMatch(/hours overtime at 1\.5x/)
    expect(await hours.textContent()).toMatch(/h OT/)
    await carol.context().close()
  })

  it('opens certifications with the compliance panel: the rigging ticket that runs out and the call it endangers', async () => {
    const carol = await signedInPage(stack, 'carol', `/w/${ids.mainStage}/training`)
    const expiring = carol.getByRole('list', { name: 'Expiring documents' })
    await expiring.waitFor()
    // Nadia Petrova's NRC ticket runs out the day before her call on the Hamlet flying rig.
    const endangered = expiring.getByRole('list', { name: 'Endangered by NRC theatre rigging' }).filter({ hasText: 'flying rig' })
    await endangered.first().waitFor()
    expect(await endangered.first().getByRole('link').first().textContent()).toMatch(/flying rig/)
    await carol.context().close()
  })

  it('alice assigns bob to a call that overlaps his other call: she sees the block and why, and nothing is saved', async () => {
    const patches: string[] = []
    alice.on('request', (request) => {
      if (request.method() === 'PATCH' && request.url().includes('/rest/v1/personnel_assignments')) patches.push(request.url())
    })
    await drawerOf(alice).getByRole('button', { name: 'Edit Person' }).click()
    await drawerOf(alice).getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Bob Okafor' })

    const prompt = alice.getByRole('alertdialog', { name: '“Stage Manager” cannot be saved as it is' })
    await prompt.waitFor()
    expect(await prompt.textContent()).toContain('Already confirmed: Hamlet — Winter Season: Technical Director')
    await prompt.getByRole('button', { name: 'Cancel' }).click()
    await prompt.waitFor({ state: 'detached' })
    expect(patches).toEqual([])
    expect(await personIn(alice).textContent()).toContain('Priya Raman')
  })

  it('alice, an admin, overrides with a reason; bob sees himself on the call live, the double booking explained', async () => {
    await drawerOf(alice).getByRole('button', { name: 'Edit Person' }).click()
    await drawerOf(alice).getByRole('combobox', { name: 'Person' }).selectOption({ label: 'Bob Okafor' })
    const prompt = alice.getByRole('alertdialog', { name: /cannot be saved as it is/ })
    await prompt.getByLabel(/Override reason/).fill('Bob covers SM until Priya lands at 10:00')
    const saved = alice.waitForResponse((response) => response.url().includes('/rest/v1/personnel_assignments') && response.request().method() === 'PATCH')
    await prompt.getByRole('button', { name: 'Override and save' }).click()
    expect((await saved).status()).toBe(200)

    await personIn(bob).filter({ hasText: 'Bob Okafor' }).waitFor({ timeout: 10_000 })
    await drawerOf(bob).getByText(/Already confirmed: Hamlet — Winter Season: Technical Director/).waitFor()
    await drawerOf(bob).getByText('Bob covers SM until Priya lands at 10:00').waitFor()
  })
})
