import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ids } from '../../support/testBackend.ts'
import { signedInPage, startBrowserStack, type BrowserStack } from './browserStack.ts'

// The whole stack in a real browser: the production bundle, supabase-js against the embedded backend (PGlite,
// GoTrue, PostgREST, RLS), and dnd-kit under a real pointer.

let stack: BrowserStack

beforeAll(async () => {
  stack = await startBrowserStack()
}, 180_000)

afterAll(async () => {
  await stack?.close()
})

/** Drags with the mouse in small steps, as a person would: dnd-kit starts after 5 px and follows the pointer. */
async function drag(page: Page, from: { x: number; y: number }, to: { x: number; y: number }) {
  await page.mouse.move(from.x, from.y)
  await page.mouse.down()
  const steps = 12
  for (let i = 1; i <= steps; i++) {
    await page.mouse.move(from.x + ((to.x - from.x) * i) / steps, from.y + ((to.y - from.y) * i) / steps)
  }
  await page.mouse.up()
}

const column = (page: Page, key: string) => page.locator(`[data-column-key="${key}"]`)

describe('dragging a card on a board, in Chromium', () => {
  let boardPath = ''
  let movedId = ''

  it('alice creates a board of tasks grouped by status, drags a card to Done, and it stays there after a reload', async () => {
    const page = await signedInPage(stack, 'alice', `/w/${ids.mainStage}/tasks`)
    await page.getByRole('grid', { name: 'All tasks' }).waitFor()

    await page.getByRole('button', { name: '+ New view' }).click()
    await page.getByRole('textbox', { name: 'View name' }).fill('Drag check board')
    await page.getByRole('radio', { name: 'Board' }).check()
    await page.getByRole('button', { name: 'Create view' }).click()
    await page.getByRole('region', { name: 'Drag check board' }).waitFor()
    boardPath = new URL(page.url()).pathname
    expect(await page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(['To do', 'In progress', 'In review', 'Done'])

    const card = column(page, 'todo').locator('[data-card-id]').first()
    movedId = (await card.getAttribute('data-card-id')) ?? ''
    const cardBox = (await card.boundingBox())!
    const firstDone = (await column(page, 'done').locator('[data-card-id]').first().boundingBox())!
    const saved = page.waitForResponse((response) => response.url().includes('/rest/v1/project_tasks') && response.request().method() === 'PATCH')
    // Drop just above Done's first card: the card becomes the first of the column.
    await drag(page, { x: cardBox.x + cardBox.width / 2, y: cardBox.y + cardBox.height / 2 }, { x: firstDone.x + firstDone.width / 2, y: firstDone.y + 4 })
    const response = await saved
    expect(response.status()).toBe(200)
    const body = JSON.parse(response.request().postData() ?? '{}') as Record<string, unknown>
    expect(body.status).toBe('done')
    expect(typeof body.position).toBe('string')

    await page.reload()
    await page.getByRole('region', { name: 'Drag check board' }).waitFor()
    await column(page, 'done').locator(`[data-card-id="${movedId}"]`).waitFor()
    expect(await column(page, 'done').locator('[data-card-id]').first().getAttribute('data-card-id')).toBe(movedId)
    expect(await column(page, 'todo').locator(`[data-card-id="${movedId}"]`).count()).toBe(0)
    await page.close()
  })

  it('carol, a viewer, opens the same board and finds editing disabled', async () => {
    expect(boardPath).not.toBe('')
    const page = await signedInPage(stack, 'carol', boardPath)
    await page.getByRole('region', { name: 'Drag check board' }).waitFor()
    const writes: string[] = []
    page.on('request', (request) => {
      if (request.method() !== 'GET' && request.url().includes('/rest/v1/')) writes.push(`${request.method()} ${request.url()}`)
    })

    await expect.poll(() => page.getByRole('note').textContent()).toMatch(/view-only access/)
    expect(await page.getByRole('button', { name: '+ Add task' }).count()).toBe(0)
    const card = column(page, 'done').locator(`[data-card-id="${movedId}"]`)
    expect(await card.getAttribute('aria-roledescription')).toBe('card')
    expect(await page.getByRole('combobox', { name: 'Group by' }).isDisabled()).toBe(true)

    const from = (await card.boundingBox())!
    const target = (await column(page, 'todo').boundingBox())!
    await drag(page, { x: from.x + from.width / 2, y: from.y + from.height / 2 }, { x: target.x + target.width / 2, y: target.y + 120 })
    await page.waitForTimeout(300)
    expect(await column(page, 'done').locator(`[data-card-id="${movedId}"]`).count()).toBe(1)
    expect(writes).toEqual([])
    await page.close()
  })
})
