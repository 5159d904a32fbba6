import { describe, expect, it } from 'vitest'
import { nextCell } from './gridNavigation'

const rows = ['r1', 'r2', 'r3']
const cols = ['title', 'status', 'due']
const at = (recordId: string, columnKey: string) => ({ recordId, columnKey })

describe('nextCell', () => {
  it('moves with the arrows and stops at the edges', () => {
    expect(nextCell(at('r1', 'title'), 'ArrowDown', rows, cols)).toEqual(at('r2', 'title'))
    expect(nextCell(at('r1', 'title'), 'ArrowUp', rows, cols)).toEqual(at('r1', 'title'))
    expect(nextCell(at('r1', 'due'), 'ArrowRight', rows, cols)).toEqual(at('r1', 'due'))
    expect(nextCell(at('r3', 'status'), 'ArrowLeft', rows, cols)).toEqual(at('r3', 'title'))
  })

  it('wraps Tab to the next row and Shift+Tab to the previous one', () => {
    expect(nextCell(at('r1', 'due'), 'Tab', rows, cols)).toEqual(at('r2', 'title'))
    expect(nextCell(at('r2', 'title'), 'ShiftTab', rows, cols)).toEqual(at('r1', 'due'))
    expect(nextCell(at('r3', 'due'), 'Tab', rows, cols)).toEqual(at('r3', 'due'))
  })

  it('jumps to the first or last column with Home and End', () => {
    expect(nextCell(at('r2', 'status'), 'Home', rows, cols)).toEqual(at('r2', 'title'))
    expect(nextCell(at('r2', 'status'), 'End', rows, cols)).toEqual(at('r2', 'due'))
  })

  it('lands on the first cell when the active record has gone (filtered out by a reload)', () => {
    expect(nextCell(at('gone', 'status'), 'ArrowDown', rows, cols)).toEqual(at('r1', 'title'))
  })
})
