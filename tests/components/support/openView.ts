import { screen, within } from '@testing-library/react'
import type { UserEvent } from '@testing-library/user-event'
import type { buildDemoData, LoggedRequest, Row } from './demoData'
import { renderApp, signIn } from './renderApp'

type Demo = ReturnType<typeof buildDemoData>

/**
 * Signs in and opens a saved view by its URL (`/w/<ws>/<module>/<view>`), as a shared link would; `prepare` may
 * change the demo rows first (a view's config, a record).
 */
export async function openView(
  email: string,
  pick: (demo: Demo) => { moduleKey: string; view: Row; recordId?: string },
  prepare?: (demo: Demo) => void,
) {
  let target: { moduleKey: string; view: Row; recordId?: string } | undefined
  const app = renderApp((demo) => {
    prepare?.(demo)
    target = pick(demo)
    const base = `/w/${demo.mainStage.id}/${target.moduleKey}/${String(target.view.id)}`
    return target.recordId ? `${base}?record=${target.recordId}` : base
  })
  await signIn(app.user, email)
  return { ...app, view: target!.view }
}

/** The data rows of a list grid (not the header, group or footer rows), in order. */
export function dataRows(grid: HTMLElement): HTMLElement[] {
  return within(grid)
    .getAllByRole('row')
    .filter((row) => row.hasAttribute('data-record-id'))
}

export function rowTitles(grid: HTMLElement): string[] {
  return dataRows(grid).map((row) => within(row).getByRole('rowheader').querySelector('.list-view__value')?.textContent ?? '')
}

export function requestsTo(log: LoggedRequest[], method: string, table: string): LoggedRequest[] {
  return log.filter((entry) => entry.method === method && entry.table === table)
}

export function params(entry: LoggedRequest | undefined): Record<string, string> {
  return Object.fromEntries(entry?.params ?? [])
}

export async function findGrid(name: string) {
  const grid = await screen.findByRole('grid', { name })
  // Rows arrive after the records load.
  await within(grid).findAllByRole('rowheader')
  return grid
}

export type { UserEvent }
