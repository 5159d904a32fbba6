import type { Page } from 'playwright-core'
import { percentile, type Scenario, type ScenarioResult } from '../harness.ts'
import type { BoardFigures } from '../browser/benchApi.ts'
import { benchPages, loadAverage } from '../browser/benchPages.ts'

const settleFrame = (page: Page) => page.evaluate(() => window.__bench!.painted!())
const takeRenders = (page: Page) => page.evaluate(() => window.__bench!.takeCardRenders!())

/**
 * Drags the third card of the first column with the mouse: down through its column, then across three columns,
 * one pointer move per frame. Returns the card renders of each move (the pick-up itself is reported apart).
 */
async function dragAcross(page: Page): Promise<{ pickUp: number; perMove: number[]; mountsPerMove: number[]; bodiesPerMove: number[]; commits: number }> {
  const card = page.locator('[data-column-key] [data-card-id]').nth(2)
  const box = await card.boundingBox()
  if (!box) throw new Error('no card to drag')
  let x = box.x + box.width / 2
  let y = box.y + box.height / 2
  await page.mouse.move(x, y)
  await settleFrame(page)
  await takeRenders(page)
  await page.mouse.down()
  // dnd-kit's pointer sensor starts the drag after 5 px.
  await page.mouse.move(x, y + 10)
  await settleFrame(page)
  await settleFrame(page)
  const pickUp = (await takeRenders(page)).renders.card ?? 0
  y += 10
  const perMove: number[] = []
  const mountsPerMove: number[] = []
  const bodiesPerMove: number[] = []
  let commits = 0
  const step = async (dx: number, dy: number) => {
    x += dx
    y += dy
    await page.mouse.move(x, y)
    await settleFrame(page)
    const taken = await takeRenders(page)
    perMove.push(taken.renders.card ?? 0)
    mountsPerMove.push(taken.mounts.card ?? 0)
    bodiesPerMove.push(taken.renders.body ?? 0)
    commits += taken.commits
  }
  for (let i = 0; i < 30; i++) await step(0, 23)
  for (let i = 0; i < 30; i++) await step(32, 0)
  for (let i = 0; i < 20; i++) await step(0, -31)
  // Escape cancels: a benchmark never writes.
  await page.keyboard.press('Escape')
  await page.mouse.up()
  return { pickUp, perMove, mountsPerMove, bodiesPerMove, commits }
}

/** Bench (issue 4): the board renderer with 5,000 cards in 10 columns; card renders per drag move. */
export const viewBoard: Scenario = {
  name: 'view-board',
  async run(): Promise<ScenarioResult> {
    const loadBefore = loadAverage()
    const pages = await benchPages()
    const page = await pages.open('board.html')
    try {
      const figures = (await page.evaluate(() => window.__bench!.run())) as BoardFigures
      const drag = await dragAcross(page)
      const mean = drag.perMove.reduce((sum, n) => sum + n, 0) / drag.perMove.length
      return {
        scenario: 'view-board',
        description: `BoardView (registry chunk, memory store) with ${figures.cards.toLocaleString('en')} cards in ${figures.columns} columns, Chromium 1600x1000`,
        metrics: [
          { name: 'first render (mount -> cards painted)', value: figures.firstRenderMs, unit: 'ms', target: 500 },
          { name: 'card re-renders per drag move, max', value: Math.max(...drag.perMove), unit: 'cards', target: 3 },
          { name: 'card re-renders per drag move, p95', value: percentile(drag.perMove, 95), unit: 'cards' },
          { name: 'card re-renders per drag move, mean', value: mean, unit: 'cards' },
          { name: 'cards mounted per drag move (scrolled into view), max', value: Math.max(...drag.mountsPerMove), unit: 'cards' },
          { name: 'card renders at pick-up', value: drag.pickUp, unit: 'cards' },
          { name: 'card body renders per drag move, max', value: Math.max(...drag.bodiesPerMove), unit: 'cards' },
          { name: 'card body renders per drag move, p95', value: percentile(drag.bodiesPerMove, 95), unit: 'cards' },
          { name: 'cards in the DOM', value: figures.renderedCards, unit: '' },
          { name: 'DOM nodes', value: figures.domNodes, unit: '' },
        ],
        notes: [
          `load average (1 min) before/after: ${loadBefore.toFixed(2)} / ${loadAverage().toFixed(2)}`,
          `${drag.perMove.length} pointer moves (down a column, across three columns, back up), ${drag.commits} React commits; card re-renders per move: ${drag.perMove.join(' ')}`,
          `cards mounted per move: ${drag.mountsPerMove.join(' ')}`,
          `card body renders per move: ${drag.bodiesPerMove.join(' ')}`,
          'a card is BoardCard (the draggable shell, useDraggable); its body (BoardCardBody, memoised) draws the fields',
          'renders are counted from React commits through a DevTools hook installed by board.html (a card whose hooks list changed ran); src/ is untouched',
          'a re-render is a card already on screen rendering again; a card a virtualised column scrolls into view mounts, and is counted apart (fiber without an alternate)',
        ],
      }
    } finally {
      await page.close()
    }
  },
}
