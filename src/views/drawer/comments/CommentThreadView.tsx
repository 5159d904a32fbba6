import { useState } from 'react'
import { toEditableText } from '../../../realtime/comments/mentions'
import type { CommentThread } from '../../../realtime/comments/commentThreads'
import type { RecordComments } from '../../../realtime/comments/useRecordComments'
import { Button } from '../../../ui/Button'
import { formatWhen } from '../../activity/formatWhen'
import { CommentComposer } from './CommentComposer'
import { CommentItem } from './CommentItem'

export interface CommentThreadViewProps {
  thread: CommentThread
  comments: RecordComments
  canEdit: boolean
}

/** A top-level comment and its replies; a resolved thread shows collapsed until someone opens it. */
export function CommentThreadView({ thread, comments, canEdit }: CommentThreadViewProps) {
  const resolvedAt = thread.comment.resolved_at
  const [expanded, setExpanded] = useState(false)
  const [replying, setReplying] = useState(false)
  const open = !resolvedAt || expanded
  const excerpt = toEditableText(thread.comment.content).text.replace(/\s+/g, ' ').slice(0, 60)

  const resolveButton = canEdit && thread.comment.deleted_at === null && (
    <Button variant="ghost" onClick={() => void comments.resolve(thread.comment.id, !resolvedAt)}>
      {resolvedAt ? 'Reopen' : 'Resolve'}
    </Button>
  )

  return (
    <li className={`comments__thread${resolvedAt ? ' comments__thread--resolved' : ''}`} aria-label={resolvedAt ? 'Resolved thread' : 'Thread'}>
      {resolvedAt && (
        <div className="comments__resolved">
          <span>
            Resolved {formatWhen(resolvedAt)}
            {!open && <span className="ui-muted"> · {excerpt}</span>}
          </span>
          <span className="comments__resolved-actions">
            <Button variant="ghost" aria-expanded={open} onClick={() => setExpanded((value) => !value)}>
              {open ? 'Hide' : `Show thread${thread.replies.length ? ` (${thread.replies.length + 1})` : ''}`}
            </Button>
            {resolveButton}
          </span>
        </div>
      )}
      {open && (
        <>
          <CommentItem node={thread} comments={comments} canEdit={canEdit} actions={!resolvedAt && resolveButton} />
          {thread.replies.length > 0 && (
            <ol className="comments__replies" aria-label="Replies">
              {thread.replies.map((reply) => (
                <li key={reply.comment.id}>
                  <CommentItem node={reply} comments={comments} canEdit={canEdit} />
                </li>
              ))}
            </ol>
          )}
          {canEdit && !resolvedAt && thread.comment.deleted_at === null && (
            <div className="comments__reply">
              {replying ? (
                <CommentComposer
                  label="Reply"
                  submitLabel="Reply"
                  autoFocus
                  onCancel={() => setReplying(false)}
                  onSubmit={async (content) => {
                    const saved = await comments.add(content, thread.comment.id)
                    if (saved) setReplying(false)
                    return saved
                  }}
                />
              ) : (
                <Button variant="ghost" onClick={() => setReplying(true)}>
                  Reply
                </Button>
              )}
            </div>
          )}
        </>
      )}
    </li>
  )
}
