import { Spinner } from '../../ui/Spinner'
import './ListView.css'

/** Shown while the list's records load: the grid's frame, so the page does not jump when rows arrive. */
export function ListSkeleton() {
  return (
    <div className="list-view list-view--skeleton" aria-busy="true">
      <Spinner label="Loading records" />
    </div>
  )
}
