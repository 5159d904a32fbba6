import type { Locator, Page, Response } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { DEMO_PASSWORD, emails, ids } from '../../support/testBackend.ts'
import { signedInPage, startBrowserStack, type BrowserStack } from './browserStack.ts'

// Issue 4's "done when", walked in the running app: alice builds every view type from the UI, adds a custom field,
// filters and groups by it, and all of it (views, values, URL) survives a reload. One backend, bundle and browser.

let stack: BrowserStack
let page: Page
/** Uncaught errors in the page: the walk must raise none. */
const pageErrors: string[] = []

beforeAll(async () => {
  stack = await startBrowserStack()
  page = await stack.browser.newPage({ viewport: { width: 1600, height: 1000 } })
  // Fail a missing element in seconds rather than at the test timeout.
  page.setDefaultTimeout(15_000)
  page.on('pageerror', (error) => pageErrors.push(String(error)))
}, 180_000)

afterAll(async () => {
  await stack?.close()
})

const FIELD = 'Stage zone'
const FIELD_KEY = 'stage_zone'
const OPTIONS = ['Front of house', 'Backstage', 'Orchestra pit']

/** Runs `action` and resolves with the PATCH it caused on `table`, so the next step starts from a saved state. */
async function patchOf(table: string, action: () => Promise<unknown>): Promise<Response> {
  const [response] = await Promise.all([
    page.waitForResponse((candidate) => candidate.url().includes(`/rest/v1/${table}?`) && candidate.request().method() === 'PATCH'),
    action(),
  ])
  expect(response.status(), `PATCH ${table}`).toBe(200)
  return response
}

/** "+ New view" as a person fills it in; resolves with the new view's path once it is open. */
async function createView(name: string, type: 'List' | 'Board' | 'Calendar' | 'Timeline'): Promise<string> {
  const before = page.url()
  await page.getByRole('button', { name: '+ New view' }).click()
  const form = page.getByRole('dialog', { name: 'New view' })
  await form.getByRole('textbox', { name: 'View name' }).fill(name)
  await form.getByRole('radio', { name: type }).check()
  await form.getByRole('button', { name: 'Create view' }).click()
  await page.waitForURL((url) => url.toString() !== before && url.pathname.split('/').length === 5)
  await expect.poll(() => currentTab().textContent()).toContain(name)
  return new URL(page.url()).pathname
}

const currentTab = () => page.getByRole('navigation', { name: /views$/ }).locator('a[aria-current="page"]')
const tab = (module: 'Tasks' | 'Events', name: string) => page.getByRole('navigation', { name: `${module} views` }).getByRole('link', { name, exact: true })
const listGrid = (name: string) => page.getByRole('grid', { name, exact: true })
const recordRows = (grid: Locator) => grid.locator('[role="row"][data-record-id]')
const zoneGroups = ['Front of house: 1 records', 'Backstage: 1 records', 'Orchestra pit: 0 records', `No ${FIELD.toLowerCase()}: 0 records`]
const statusColumns = ['To do', 'In progress', 'In review', 'Done']

describe('building every view of issue 4 from the UI, in Chromium', () => {
  const paths: Record<string, string> = {}
  const zoned: { id: string; value: string }[] = []

  it('alice creates a list, a board grouped by status and a timeline of tasks, and a calendar and a list of events', async () => {
    await page.goto(`${stack.url}/w/${ids.mainStage}/tasks`)
    await page.getByLabel('Email').fill(emails.alice)
    await page.getByLabel('Password').fill(DEMO_PASSWORD)
    await page.getByRole('button', { name: 'Sign in' }).click()
    await listGrid('All tasks').waitFor()

    paths.list = await createView('Walk list', 'List')
    await listGrid('Walk list').waitFor()
    await recordRows(listGrid('Walk list')).first().waitFor()

    paths.board = await createView('Walk board', 'Board')
    await page.getByRole('region', { name: 'Walk board' }).waitFor()
    expect(await page.getByRole('combobox', { name: 'Group by' }).inputValue()).toBe('status')
    await expect.poll(() => page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(statusColumns)

    paths.timeline = await createView('Walk timeline', 'Timeline')
    await page.getByRole('region', { name: 'Tasks timeline' }).waitFor()
    await page.getByRole('region', { name: 'Timeline grid' }).waitFor()

    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Events' }).click()
    await page.getByRole('navigation', { name: 'Events views' }).waitFor()
    paths.calendar = await createView('Walk calendar', 'Calendar')
    await page.getByRole('region', { name: 'Events calendar' }).waitFor()
    paths.eventsList = await createView('Walk events', 'List')
    await recordRows(listGrid('Walk events')).first().waitFor()

    expect(Object.values(paths).every((path) => path.startsWith(`/w/${ids.mainStage}/`))).toBe(true)
    expect(new Set(Object.values(paths)).size).toBe(5)
  })

  it(`alice adds a single-select "${FIELD}" to tasks, sets it on two tasks, and filters and groups the list by it`, async () => {
    await page.getByRole('navigation', { name: 'Modules' }).getByRole('link', { name: 'Tasks' }).click()
    await tab('Tasks', 'Walk list').click()
    const grid = listGrid('Walk list')
    await recordRows(grid).first().waitFor()

    // The custom fields admin, from the page header.
    await page.getByRole('button', { name: 'Custom fields' }).click()
    const admin = page.getByRole('dialog', { name: 'Tasks: custom fields' })
    const form = admin.getByRole('form', { name: 'New custom field' })
    await form.getByRole('textbox', { name: 'Field name' }).fill(FIELD)
    await form.getByRole('combobox', { name: 'Type' }).selectOption({ label: 'Single select' })
    for (const option of OPTIONS) {
      await form.getByRole('textbox', { name: 'New option' }).fill(option)
      await form.getByRole('button', { name: 'Add option' }).click()
    }
    expect(await form.getByRole('textbox', { name: /^Option \d$/ }).evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value))).toEqual(OPTIONS)
    await form.getByRole('button', { name: 'Add field' }).click()
    await admin.getByRole('button', { name: `Edit ${FIELD}` }).waitFor()
    await admin.getByRole('button', { name: 'Close' }).click()
    await admin.waitFor({ state: 'detached' })

    // Every view of tasks picks the field up: a column of the list.
    await grid.getByRole('columnheader', { name: `${FIELD} (custom field)` }).waitFor()
    const [first, second] = await recordRows(grid).evaluateAll((rows) => rows.slice(0, 2).map((row) => row.getAttribute('data-record-id') ?? ''))
    expect(first).toBeTruthy()
    expect(second).toBeTruthy()

    // One value through the record drawer...
    await grid.locator(`[data-record-id="${first}"]`).getByRole('button', { name: /^Open / }).click()
    await page.waitForURL((url) => url.searchParams.get('record') === first)
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Copy link' }) })
    await drawer.getByRole('button', { name: `Edit ${FIELD}` }).click()
    const fromDrawer = await patchOf('project_tasks', () => drawer.getByRole('combobox', { name: FIELD }).selectOption({ label: 'Backstage' }))
    expect(JSON.parse(fromDrawer.request().postData() ?? '{}')).toMatchObject({ custom_fields: { [FIELD_KEY]: 'backstage' } })
    await drawer.getByRole('definition').filter({ hasText: 'Backstage' }).waitFor()
    await drawer.getByRole('button', { name: 'Close' }).click()
    await page.waitForURL((url) => !url.searchParams.has('record'))
    zoned.push({ id: first!, value: 'Backstage' })

    // ...and one inline in the list: double-click the cell, pick an option.
    await grid.locator(`[data-record-id="${second}"] [data-column="${FIELD_KEY}"]`).dblclick()
    await patchOf('project_tasks', () => grid.getByRole('combobox', { name: FIELD, exact: true }).selectOption({ label: 'Front of house' }))
    await grid.locator(`[data-record-id="${second}"] [data-column="${FIELD_KEY}"]`).filter({ hasText: 'Front of house' }).waitFor()
    zoned.push({ id: second!, value: 'Front of house' })

    // Filter: Stage zone is any of Backstage, Front of house. Each change is saved before the next.
    await page.getByRole('button', { name: 'Filter', exact: true }).click()
    const filter = page.getByRole('dialog', { name: 'Filter' })
    await patchOf('views', () => filter.getByRole('button', { name: '+ Add condition' }).click())
    await patchOf('views', () => filter.getByRole('combobox', { name: 'Field' }).selectOption({ label: FIELD }))
    await patchOf('views', () => filter.getByRole('combobox', { name: 'Operator' }).selectOption({ label: 'is any of' }))
    const values = filter.getByRole('group', { name: `Value for ${FIELD}` })
    expect(await values.getByRole('checkbox').count()).toBe(OPTIONS.length)
    await patchOf('views', () => values.getByRole('checkbox', { name: 'Backstage' }).check())
    await patchOf('views', () => values.getByRole('checkbox', { name: 'Front of house' }).check())
    await page.keyboard.press('Escape')
    await page.getByRole('button', { name: 'Filter (1)' }).waitFor()
    await expect.poll(() => recordIds(grid)).toEqual([first, second].sort())

    // Group by it: one section per value, in the options' order.
    await patchOf('views', () => page.getByRole('combobox', { name: 'Group by' }).selectOption({ label: FIELD }))
    await expect.poll(() => groupNames(grid)).toEqual(zoneGroups)
  })

  it('after a reload every view is in its tab with its type, filter and grouping, and its URL reopens it', async () => {
    await page.reload()
    const grid = listGrid('Walk list')
    await recordRows(grid).first().waitFor()
    expect(new URL(page.url()).pathname).toBe(paths.list)
    expect(await currentTab().textContent()).toContain('Walk list')
    await page.getByRole('button', { name: 'Filter (1)' }).waitFor()
    expect(await page.getByRole('combobox', { name: 'Group by' }).inputValue()).toBe(FIELD_KEY)
    await expect.poll(() => groupNames(grid)).toEqual(zoneGroups)
    expect(await recordIds(grid)).toEqual(zoned.map((record) => record.id).sort())
    for (const { id, value } of zoned) {
      expect(await grid.locator(`[data-record-id="${id}"] [data-column="${FIELD_KEY}"]`).textContent()).toBe(value)
    }
    // The filter's operand survived too, not just its count.
    await page.getByRole('button', { name: 'Filter (1)' }).click()
    const values = page.getByRole('dialog', { name: 'Filter' }).getByRole('group', { name: `Value for ${FIELD}` })
    const checked = await Promise.all(OPTIONS.map((option) => values.getByRole('checkbox', { name: option }).isChecked()))
    expect(checked).toEqual([true, true, false])
    await page.keyboard.press('Escape')

    // Each tab shows its type's icon (☰ list, ▥ board, ═ timeline) before its name...
    for (const [name, icon] of [['Walk list', '☰'], ['Walk board', '▥'], ['Walk timeline', '═']]) {
      expect(await tab('Tasks', name!).textContent()).toBe(`${icon}${name}`)
    }
    // ...opens its view, and the URL it lands on is the one the view was created at.
    await tab('Tasks', 'Walk board').click()
    await page.getByRole('region', { name: 'Walk board' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(paths.board)
    expect(await page.getByRole('combobox', { name: 'Group by' }).inputValue()).toBe('status')
    await expect.poll(() => page.getByRole('heading', { level: 3 }).allTextContents()).toEqual(statusColumns)

    await tab('Tasks', 'Walk timeline').click()
    await page.getByRole('region', { name: 'Tasks timeline' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(paths.timeline)

    // A URL typed or pasted reproduces the view: a fresh load of each path opens that tab.
    for (const [key, name, opened] of [
      ['board', 'Walk board', () => page.getByRole('region', { name: 'Walk board' })],
      ['calendar', 'Walk calendar', () => page.getByRole('region', { name: 'Events calendar' })],
      ['eventsList', 'Walk events', () => listGrid('Walk events')],
    ] as const) {
      await page.goto(`${stack.url}${paths[key]}`)
      await opened().waitFor()
      expect(await currentTab().textContent(), key).toContain(name)
      expect(new URL(page.url()).pathname).toBe(paths[key])
    }
    expect(await tab('Events', 'Walk calendar').textContent()).toBe('▦Walk calendar')
    expect(await tab('Events', 'Walk events').textContent()).toBe('☰Walk events')
    await tab('Events', 'Walk calendar').click()
    await page.getByRole('region', { name: 'Events calendar' }).waitFor()
    expect(new URL(page.url()).pathname).toBe(paths.calendar)
  })

  it('a link with ?record=<id> opens that task in the drawer, custom field and all', async () => {
    const { id, value } = zoned[0]!
    await page.goto(`${stack.url}${paths.list}?record=${id}`)
    const drawer = page.getByRole('dialog').filter({ has: page.getByRole('button', { name: 'Copy link' }) })
    await drawer.getByRole('button', { name: `Edit ${FIELD}` }).waitFor()
    expect(await drawer.getByRole('term').filter({ hasText: FIELD }).textContent()).toBe(`${FIELD} (custom field)`)
    await drawer.getByRole('definition').filter({ hasText: value }).waitFor()
    // The drawer sits over the view the link names.
    await listGrid('Walk list').waitFor()
    expect(await currentTab().textContent()).toContain('Walk list')
    expect(new URL(page.url()).searchParams.get('record')).toBe(id)
    expect(pageErrors).toEqual([])
  })
})

/** The ids of the record rows in the grid, sorted (the virtualized body holds every row of a short list). */
async function recordIds(grid: Locator): Promise<string[]> {
  const found = await recordRows(grid).evaluateAll((rows) => rows.map((row) => row.getAttribute('data-record-id') ?? ''))
  return [...new Set(found)].sort()
}

/** The list's group headers in order, as "label: count" (every option has a section, even an empty one). */
async function groupNames(grid: Locator): Promise<string[]> {
  // Group rows: a toggle and a count (a header row has toggles of its column menus, but no count).
  return grid.locator('[role="row"]:has(button[aria-expanded]):has([aria-label$=" records"])').evaluateAll((rows) =>
    rows.map((row) => {
      const label = row.querySelector('button[aria-expanded]')?.textContent?.replace(/^[▸▾]\s*/, '').trim()
      return `${label}: ${row.querySelector('[aria-label$=" records"]')?.getAttribute('aria-label')}`
    }),
  )
}
