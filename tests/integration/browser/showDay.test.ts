import type { Page } from 'playwright-core'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { ids, signedInClient } from '../../support/testBackend.ts'
import { signedInPage, startBrowserStack, type BrowserStack } from './browserStack.ts'

// Show day in Chromium: alice calls the demo Hamlet rundown, bob follows it as lighting, carol (who may not edit) has
// the backstage display; a fourth screen, with a clock seven minutes fast, joins mid-show.

let stack: BrowserStack
let eventId = ''
const cue = (n: number) => `5e000000-0000-4000-8000-${String(n).padStart(12, '0')}`

beforeAll(async () => {
  stack = await startBrowserStack()
  const alice = await signedInClient(stack.backend, 'alice')
  const { data, error } = await alice.from('run_of_show').select('event_id').eq('id', cue(1)).single()
  if (error) throw new Error(error.message)
  eventId = (data as { event_id: string }).event_id
  // The demo's next performance may be tonight or next week. Three days out, whatever today is, this run is a
  // rehearsal timed from its own first GO (anchorShow), and the figures below do not depend on the calendar.
  await stack.backend.db.query(
    `update public.events set starts_at = now() + interval '3 days', ends_at = now() + interval '3 days 2 hours 45 minutes' where id = $1`,
    [eventId],
  )
  await stack.backend.db.query(`update public.run_of_show set hard_start_at = now() + interval '3 days' where id = $1`, [cue(2)])
}, 180_000)

afterAll(async () => {
  await stack?.close()
})

const showUrl = (mode: string, department?: string) =>
  `/w/${ids.mainStage}/show/${eventId}/${mode}${department ? `?department=${department}` : ''}`

/** The show page, loaded, its clock measured, and its connection live. */
async function opened(page: Page): Promise<Page> {
  await page.locator('main.show-page[data-clock-offset-ms]').waitFor()
  await page.locator('[data-connection="online"]').waitFor()
  return page
}

const currentTitle = (page: Page) => page.getByRole('region', { name: 'Current cue' }).getByRole('heading')
const displayTitle = (page: Page) => page.locator('.show-display__title')
const offsetOf = async (page: Page) => Number(await page.locator('main.show-page').getAttribute('data-clock-offset-ms'))
const runtimeVersion = async (page: Page) => Number(await page.locator('main.show-page').getAttribute('data-runtime-version'))

/** A countdown's text as seconds (m:ss or h:mm:ss). */
async function countdownSeconds(page: Page): Promise<number> {
  const text = (await page.getByTestId('cue-countdown').locator('.show-countdown__time').textContent())!.replace('+', '')
  return text.split(':').reduce((total, part) => total * 60 + Number(part), 0)
}

describe('calling a show while others follow it', () => {
  let caller: Page
  let lighting: Page
  let display: Page

  beforeAll(async () => {
    ;[caller, lighting, display] = await Promise.all([
      signedInPage(stack, 'alice', showUrl('call')).then(opened),
      signedInPage(stack, 'bob', showUrl('follow', 'lighting')).then(opened),
      signedInPage(stack, 'carol', showUrl('display')).then(opened),
    ])
  }, 120_000)

  it('GO from the caller\'s desk moves the lighting view and the backstage display; lighting stands by and the caller sees it', async () => {
    await caller.getByRole('button', { name: 'Call this show' }).click()
    await caller.getByText('You are calling this show.').waitFor()
    // Who follows on which screen (presence on the show's crew topic).
    await caller.getByLabel('Following').filter({ hasText: 'Bob Okafor (lighting)' }).filter({ hasText: /Carol \w+ \(backstage display\)/ }).waitFor()
    // Lighting is not in the first cue (beginners); its next cue is House to half, LX 1.
    const yourNext = lighting.getByRole('region', { name: 'Your next cue' })
    await yourNext.getByRole('heading', { name: 'House to half' }).waitFor()
    expect(await yourNext.textContent()).toContain('LX 1')

    await caller.keyboard.press('Space')
    await currentTitle(caller).filter({ hasText: 'Beginners to the stage' }).waitFor()
    await currentTitle(lighting).filter({ hasText: 'Beginners to the stage' }).waitFor()
    await displayTitle(display).filter({ hasText: 'Beginners to the stage' }).waitFor()

    await yourNext.getByRole('button', { name: 'Standing by' }).click()
    await caller.getByRole('list', { name: 'Standing by' }).getByText('Lighting (Bob Okafor)').waitFor()

    await caller.getByRole('button', { name: 'GO' }).click()
    await currentTitle(lighting).filter({ hasText: 'House to half' }).waitFor()
    await displayTitle(display).filter({ hasText: 'House to half' }).waitFor()
    await yourNext.getByRole('heading', { name: 'Act one: the battlements' }).waitFor()
    // The follower cannot press; carol's display shows no controls at all.
    expect(await lighting.getByRole('button', { name: 'GO' }).count()).toBe(0)
    expect(await display.getByRole('main').getByRole('button').count()).toBe(0)
  })

  it('only the caller can GO: bob\'s GO is refused by the database, and the show stays where it is', async () => {
    const before = await runtimeVersion(lighting)
    const bob = await signedInClient(stack.backend, 'bob')
    const { error } = await bob.rpc('show_control', { p_event_id: eventId, p_action: 'go' })
    expect(error?.code).toBe('42501')
    expect(await runtimeVersion(caller)).toBe(before)
    expect(await currentTitle(caller).textContent()).toBe('House to half')
  })

  it('a screen joining mid-show, with a clock seven minutes fast, shows the running cue and the same countdown', async () => {
    const skew = 7 * 60_000
    const late = await signedInPage(stack, 'bob', showUrl('display'), {
      script: `{ const realNow = Date.now; Date.now = () => realNow() + ${skew}; }`,
    }).then(opened)
    await displayTitle(late).filter({ hasText: 'House to half' }).waitFor()
    // Both screens are on this machine's one real clock: each one's database time is its own clock plus its offset,
    // so they agree to within the difference of (skew + offset) and the offset of the other.
    const disagreement = Math.abs(await offsetOf(display) - (skew + (await offsetOf(late))))
    expect(disagreement).toBeLessThanOrEqual(100)
    const [theirs, ours] = await Promise.all([countdownSeconds(display), countdownSeconds(late)])
    expect(Math.abs(theirs - ours)).toBeLessThanOrEqual(1)
    await late.context().close()
  })

  it('an incident from the lighting view takes two taps and lands on the running cue', async () => {
    await lighting.getByRole('button', { name: 'Incident' }).click()
    await lighting.getByRole('group', { name: 'Incident severity' }).getByRole('button', { name: 'Major' }).click()
    await lighting.getByText('Major incident logged.').waitFor()
    const bob = await signedInClient(stack.backend, 'bob')
    const { data } = await bob.from('incidents').select('title, run_of_show_id, department, severity').eq('event_id', eventId)
      .eq('severity', 'major').eq('department', 'lighting')
    expect(data).toEqual([{ title: 'Lighting incident during House to half', run_of_show_id: cue(2), department: 'lighting', severity: 'major' }])
  })

  it('running late shows on every screen, with what it costs the crew', async () => {
    // This run is not on show day, so it is timed from its first GO: GO on House to half came almost 5 minutes
    // early, and 30 minutes more on it leave the show about 25 minutes late. That takes four of the crew past 8
    // hours (they had 7 h 45 to 7 h 55) and Mei Lin (9 h) further into overtime.
    const alice = await signedInClient(stack.backend, 'alice')
    const { error } = await alice.rpc('show_control', { p_event_id: eventId, p_action: 'add_time', p_seconds: 30 * 60 })
    expect(error).toBeNull()
    await caller.getByText(/Running 2[4-6] min late/).waitFor()
    await caller.getByText(/Crew: 4 people into overtime, 1 more in overtime/).waitFor()
    await display.locator('.show-display__late').filter({ hasText: /2[4-6] min late/ }).waitFor()
  })
})
