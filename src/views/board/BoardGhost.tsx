import { personColor } from '../../ui/Avatar'
import type { BoardGhost as Ghost } from './boardGhosts'

/** Someone else's card in flight: a dashed outline in their colour, where their pointer would drop it. */
export function BoardGhost({ ghost, title }: { ghost: Ghost; title: string }) {
  return (
    <div className="board-ghost" style={{ borderColor: personColor(ghost.userId) }} role="status" data-ghost-for={ghost.recordId}>
      <span className="board-ghost__who" style={{ color: personColor(ghost.userId) }}>
        {ghost.name}
      </span>{' '}
      is moving “{title}” here
    </div>
  )
}
