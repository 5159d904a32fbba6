import '../../src/ui/theme.css'
import { createRoot } from 'react-dom/client'
import { tasksModule } from '../../src/modules/tasksModule'
import { BoardCard } from '../../src/views/board/BoardCard'
import { BoardCardBody } from '../../src/views/board/BoardCardBody'
import { loadRenderer } from '../../src/views/engine/registry'
import { manualOrderSorts } from '../../src/views/store/layoutRecords'
import type { BenchApi, BoardFigures } from './benchApi'
import { BenchProviders } from './benchProviders'
import { benchView } from './benchView'
import { cardRenderCounter } from './cardRenderCounter'
import { BOARD_STAGES, boardFields, generateTasks } from './generateRows'
import { memoryViewStore } from './memoryViewStore'
import { domNodes, nextPaint, paintWhen, settle } from './paint'

// board.html: 5,000 task cards over ten status columns on the app's board renderer; the scenario drags a card with
// the mouse and reads card renders per move from the counter.
const CARDS = 5_000
const noop = () => {}

const container = document.getElementById('root') as HTMLElement
const fields = boardFields()
const rows = generateTasks(CARDS, { statuses: BOARD_STAGES, seed: 7 })
const renderer = await loadRenderer('board')
const view = benchView('board', 'Bench board', { groupBy: { field: 'status', collapsed: [] } })
const store = memoryViewStore(tasksModule, rows, {
  fields,
  filter: null,
  sorts: [],
  groupBy: { field: 'status', collapsed: [] },
  defaultSorts: manualOrderSorts(tasksModule),
})
const options = renderer.defaultOptions(tasksModule)
// memo(): the fiber of a card's render function carries the inner type. The overlay's body is keyed apart.
const inner = (component: unknown) => (component as { type: unknown }).type
const counter = cardRenderCounter({ card: inner(BoardCard), body: inner(BoardCardBody) }, (props) =>
  `${String(props.groupKey ?? (props.overlay ? 'overlay' : ''))}/${String((props.record as { id: string }).id)}`,
)

async function run(): Promise<BoardFigures> {
  await settle()
  const start = performance.now()
  createRoot(container).render(
    <BenchProviders>
      <renderer.Component module={tasksModule} fields={fields} view={view} options={options} store={store} canEdit onOpenRecord={noop} onOptionsChange={noop} />
    </BenchProviders>,
  )
  const painted = await paintWhen(() => document.querySelector('[data-card-id]') !== null)
  if (painted === null) throw new Error('the board never showed a card')
  await settle()
  counter.take()
  return {
    cards: rows.length,
    columns: document.querySelectorAll('[data-column-key]').length,
    firstRenderMs: painted - start,
    domNodes: domNodes(),
    renderedCards: document.querySelectorAll('[data-card-id]').length,
  }
}

const api: BenchApi = { ready: true, run, takeCardRenders: () => counter.take(), painted: nextPaint }
window.__bench = api
