// Counts renders of given component types from React's commits, seen through the DevTools hook board.html installs.
// A function component that ran in a commit has new props (a memo that let it through) or a new hooks list
// (fiber.memoizedState, when a context or its state changed); one that bailed out keeps both, so comparing them per
// card tells renders from skips without instrumenting the component.

interface Fiber {
  type: unknown
  /** The fiber of the previous commit; null for a component mounting in this one. */
  alternate: Fiber | null
  memoizedState: unknown
  memoizedProps: Record<string, unknown> | null
  child: Fiber | null
  sibling: Fiber | null
}

declare global {
  interface Window {
    __benchCommit?: (root: { current: Fiber }) => void
  }
}

export interface RenderCounts {
  /** Re-renders (of components already mounted) per counted component name since the last take. */
  renders: Record<string, number>
  /** First renders per counted component name since the last take: cards a virtualized column brings into view. */
  mounts: Record<string, number>
  commits: number
}

export function cardRenderCounter(components: Record<string, unknown>, keyOf: (props: Record<string, unknown>) => string) {
  const byType = new Map(Object.entries(components).map(([name, type]) => [type, name]))
  const seen = new Map<string, { props: unknown; state: unknown }>()
  let renders: Record<string, number> = {}
  let mounts: Record<string, number> = {}
  let commits = 0
  window.__benchCommit = (root) => {
    commits++
    const stack: Fiber[] = root.current.child ? [root.current.child] : []
    while (stack.length > 0) {
      const fiber = stack.pop() as Fiber
      const name = byType.get(fiber.type)
      if (name && fiber.memoizedProps) {
        const key = `${name}/${keyOf(fiber.memoizedProps)}`
        const last = seen.get(key)
        if (!last || last.props !== fiber.memoizedProps || last.state !== fiber.memoizedState) {
          seen.set(key, { props: fiber.memoizedProps, state: fiber.memoizedState })
          const counts = fiber.alternate === null ? mounts : renders
          counts[name] = (counts[name] ?? 0) + 1
        }
      }
      if (fiber.sibling) stack.push(fiber.sibling)
      if (fiber.child) stack.push(fiber.child)
    }
  }
  return {
    take(): RenderCounts {
      const result = { renders, mounts, commits }
      renders = {}
      mounts = {}
      commits = 0
      return result
    },
  }
}
