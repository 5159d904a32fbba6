/** Mouse fields a click handler needs; React's and the DOM's mouse events both have them. */
interface ClickLike {
  button: number
  metaKey: boolean
  ctrlKey: boolean
  shiftKey: boolean
  altKey: boolean
}

/**
 * Whether a click on a link should be followed in place: a plain left click. Any other (middle click, a modifier
 * for a new tab or window) is left to the browser, so real links keep working as links.
 */
export function isPlainLeftClick(event: ClickLike): boolean {
  return event.button === 0 && !event.metaKey && !event.ctrlKey && !event.shiftKey && !event.altKey
}
