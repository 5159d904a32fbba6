import './CommentCountBadge.css'

/** "💬 3" on a card or row; nothing when there are no comments. */
export function CommentCountBadge({ count }: { count: number }) {
  if (count <= 0) return null
  const label = `${count} ${count === 1 ? 'comment' : 'comments'}`
  return (
    <span className="comment-count-badge" role="img" aria-label={label} title={label}>
      <span aria-hidden="true">💬 {count}</span>
    </span>
  )
}
