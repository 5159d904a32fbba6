import type { RecordComments } from '../../../realtime/comments/useRecordComments'
import { Button } from '../../../ui/Button'
import { Callout } from '../../../ui/Callout'
import { Spinner } from '../../../ui/Spinner'
import { CommentComposer } from './CommentComposer'
import { CommentThreadView } from './CommentThreadView'
import './Comments.css'

export interface CommentsTabProps {
  comments: RecordComments
  /** Viewers read only. */
  canEdit: boolean
  /** "task", for the empty state. */
  noun: string
}

/** The record's threads, oldest first, and a composer for a new one. */
export function CommentsTab({ comments, canEdit, noun }: CommentsTabProps) {
  const { status, threads, error } = comments
  return (
    <div className="comments">
      {error && (
        <Callout
          tone="danger"
          actions={status === 'error' ? <Button onClick={comments.reload}>Try again</Button> : <Button onClick={comments.dismissError}>Dismiss</Button>}
        >
          {error}
        </Callout>
      )}
      {status === 'loading' && <Spinner label="Loading comments" />}
      {status === 'ready' && threads.length === 0 && <p className="ui-muted">No comments on this {noun} yet.</p>}
      {threads.length > 0 && (
        <ol className="comments__threads" aria-label="Comment threads">
          {threads.map((thread) => (
            <CommentThreadView key={thread.comment.id} thread={thread} comments={comments} canEdit={canEdit} />
          ))}
        </ol>
      )}
      {canEdit && status === 'ready' && <CommentComposer label="New comment" submitLabel="Comment" onSubmit={(content) => comments.add(content)} />}
    </div>
  )
}
