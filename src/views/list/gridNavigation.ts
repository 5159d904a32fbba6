/** The cell that has keyboard focus in the list: a record and a column, so it survives re-sorting and regrouping. */
export interface ActiveCell {
  recordId: string
  columnKey: string
}

export type NavigationKey = 'ArrowUp' | 'ArrowDown' | 'ArrowLeft' | 'ArrowRight' | 'Tab' | 'ShiftTab' | 'Home' | 'End'

/**
 * Where a key moves the active cell among the rows on screen (collapsed groups excluded) and the visible columns:
 * arrows stop at the edges, Tab and Shift+Tab wrap to the next or previous row like a spreadsheet.
 */
export function nextCell(
  active: ActiveCell,
  key: NavigationKey,
  recordIds: readonly string[],
  columnKeys: readonly string[],
): ActiveCell {
  let row = recordIds.indexOf(active.recordId)
  let col = columnKeys.indexOf(active.columnKey)
  if (row < 0 || col < 0) return { recordId: recordIds[0] ?? active.recordId, columnKey: columnKeys[0] ?? active.columnKey }
  const lastRow = recordIds.length - 1
  const lastCol = columnKeys.length - 1
  switch (key) {
    case 'ArrowUp':
      row = Math.max(0, row - 1)
      break
    case 'ArrowDown':
      row = Math.min(lastRow, row + 1)
      break
    case 'ArrowLeft':
      col = Math.max(0, col - 1)
      break
    case 'ArrowRight':
      col = Math.min(lastCol, col + 1)
      break
    case 'Home':
      col = 0
      break
    case 'End':
      col = lastCol
      break
    case 'Tab':
      if (col < lastCol) col += 1
      else if (row < lastRow) {
        row += 1
        col = 0
      }
      break
    case 'ShiftTab':
      if (col > 0) col -= 1
      else if (row > 0) {
        row -= 1
        col = lastCol
      }
      break
  }
  return { recordId: recordIds[row] as string, columnKey: columnKeys[col] as string }
}

export function navigationKey(event: { key: string; shiftKey: boolean }): NavigationKey | null {
  if (event.key === 'Tab') return event.shiftKey ? 'ShiftTab' : 'Tab'
  if (['ArrowUp', 'ArrowDown', 'ArrowLeft', 'ArrowRight', 'Home', 'End'].includes(event.key)) return event.key as NavigationKey
  return null
}
