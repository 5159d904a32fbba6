/**
 * Assigns each on-screen row a slot number that React uses as its key: a row keeps its slot while it stays on screen,
 * and a row scrolling in takes the slot of one that scrolled out. React then updates that row's DOM in place instead
 * of removing one row's elements and creating another's, which is most of a fast scroll's cost.
 */
export function assignSlots(previous: ReadonlyMap<string, number>, keys: readonly string[]): Map<string, number> {
  const next = new Map<string, number>()
  const used = new Set<number>()
  for (const key of keys) {
    const slot = previous.get(key)
    if (slot !== undefined && !used.has(slot)) {
      next.set(key, slot)
      used.add(slot)
    }
  }
  const free: number[] = []
  for (const slot of previous.values()) if (!used.has(slot)) free.push(slot)
  free.sort((a, b) => b - a)
  let fresh = previous.size === 0 ? 0 : Math.max(...previous.values(), ...used) + 1
  for (const key of keys) {
    if (next.has(key)) continue
    const slot = free.pop() ?? fresh++
    next.set(key, slot)
    used.add(slot)
  }
  return next
}
