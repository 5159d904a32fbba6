import { act, fireEvent } from '@testing-library/react'
import { onTestFinished } from 'vitest'

export const COLUMN_WIDTH = 300
export const CARD_TOP = 60
export const CARD_STEP = 80
export const CARD_HEIGHT = 70

/**
 * jsdom lays nothing out, and dnd-kit finds drop targets by their rectangles. This gives the board a desktop layout
 * while a test runs: columns side by side, cards stacked in each, as a browser would measure them.
 */
export function layOutBoard() {
  const original = Element.prototype.getBoundingClientRect
  Element.prototype.getBoundingClientRect = function (this: Element) {
    const column = this.closest('[data-column-key]')
    if (!column) return original.call(this)
    const columns = Array.from(document.querySelectorAll('[data-column-key]'))
    const left = columns.indexOf(column) * COLUMN_WIDTH
    if (this === column) return rect(left, 0, COLUMN_WIDTH - 20, 2000)
    const card = this.closest('[data-card-id]')
    if (!card) return original.call(this)
    const cards = Array.from(column.querySelectorAll('[data-card-id]'))
    return rect(left + 10, CARD_TOP + cards.indexOf(card) * CARD_STEP, COLUMN_WIDTH - 40, CARD_HEIGHT)
  }
  onTestFinished(() => {
    Element.prototype.getBoundingClientRect = original
  })
}

function rect(x: number, y: number, width: number, height: number): DOMRect {
  return { x, y, left: x, top: y, width, height, right: x + width, bottom: y + height, toJSON: () => ({}) } as DOMRect
}

/** The middle of a card's rectangle, where a user grabs it. */
export function centerOf(element: Element): { x: number; y: number } {
  const box = element.getBoundingClientRect()
  return { x: box.left + box.width / 2, y: box.top + box.height / 2 }
}

/** A pointer drag as dnd-kit's PointerSensor sees it: press, a few moves past its activation distance, release. */
export async function dragTo(target: Element, to: { x: number; y: number }, options: { steps?: number; onMove?: () => void } = {}) {
  const from = centerOf(target)
  const pointer = { isPrimary: true, button: 0, pointerId: 1 }
  // The pointer reaches the card before it presses it: the card under the pointer is the draggable one.
  await act(async () => {
    fireEvent.pointerEnter(target, { ...pointer, clientX: from.x, clientY: from.y })
  })
  const id = target.getAttribute('data-card-id')
  const card = (id && document.querySelector(`[data-card-id="${id}"]`)) || target
  fireEvent.pointerDown(card, { ...pointer, clientX: from.x, clientY: from.y })
  const steps = options.steps ?? 4
  for (let i = 1; i <= steps; i++) {
    const x = from.x + ((to.x - from.x) * i) / steps
    const y = from.y + ((to.y - from.y) * i) / steps
    await act(async () => {
      fireEvent.pointerMove(document, { ...pointer, clientX: x, clientY: y })
    })
    options.onMove?.()
  }
  await act(async () => {
    fireEvent.pointerUp(document, { ...pointer, clientX: to.x, clientY: to.y })
  })
}

/** A point in column `index` just above the card at `cardIndex` (or below the last one). */
export function slotIn(columnIndex: number, cardIndex: number): { x: number; y: number } {
  return { x: columnIndex * COLUMN_WIDTH + 100, y: CARD_TOP + cardIndex * CARD_STEP + 5 }
}
