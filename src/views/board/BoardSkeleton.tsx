import { Spinner } from '../../ui/Spinner'
import './BoardView.css'

export function BoardSkeleton() {
  return (
    <div className="board-view board-view--skeleton" aria-busy="true">
      <Spinner label="Loading board" />
    </div>
  )
}
