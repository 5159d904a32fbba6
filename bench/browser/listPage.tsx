import '../../src/ui/theme.css'
import type { BenchApi } from './benchApi'
import { generateTasks } from './generateRows'
import { listBaselineSubject } from './listBaselineSubject'
import { listRendererSubject } from './listRendererSubject'
import { runListFigures } from './runListFigures'

// list.html?subject=renderer|baseline: 100k task rows, then issue 4's list measurements on the chosen subject.
const ROWS = 100_000

const container = document.getElementById('root') as HTMLElement
const rows = generateTasks(ROWS)
const subject = new URLSearchParams(location.search).get('subject') === 'baseline' ? listBaselineSubject(rows, container) : await listRendererSubject(rows, container)

const api: BenchApi = { ready: true, run: () => runListFigures(subject) }
window.__bench = api
