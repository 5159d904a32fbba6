import { useState, type ReactNode } from 'react'
import { useWorkspaceMembers } from '../../../custom-fields/person/WorkspaceMembersProvider'
import { MarkdownLight } from '../../../realtime/comments/MarkdownLight'
import type { CommentNode } from '../../../realtime/comments/commentThreads'
import type { RecordComments } from '../../../realtime/comments/useRecordComments'
import { Avatar } from '../../../ui/Avatar'
import { Button } from '../../../ui/Button'
import { formatWhen } from '../../activity/formatWhen'
import { CommentComposer } from './CommentComposer'
import { ReactionBar } from './ReactionBar'

export interface CommentItemProps {
  node: CommentNode
  comments: RecordComments
  canEdit: boolean
  /** Thread-level controls (Resolve) shown with the comment's own. */
  actions?: ReactNode
}

/** One comment: author, time, text, reactions; its author may edit or delete it. */
export function CommentItem({ node, comments, canEdit, actions }: CommentItemProps) {
  const { comment } = node
  const members = useWorkspaceMembers()
  const [editing, setEditing] = useState(false)
  const [confirming, setConfirming] = useState(false)
  const author = (comment.user_id && members.byId.get(comment.user_id)?.name) || 'Former member'
  const own = canEdit && comment.user_id !== null && comment.user_id === comments.userId

  if (comment.deleted_at !== null) {
    return (
      <article className="comment comment--deleted" aria-label="Deleted comment">
        <p className="ui-muted">This comment was deleted.</p>
      </article>
    )
  }

  return (
    <article className="comment" aria-label={`Comment by ${author}`}>
      <header className="comment__header">
        <Avatar id={comment.user_id ?? comment.id} name={author} size="small" />
        <span className="comment__author">{author}</span>
        <time className="comment__time ui-muted" dateTime={comment.created_at}>
          {formatWhen(comment.created_at)}
        </time>
        {comment.edited_at && <span className="ui-muted">(edited)</span>}
      </header>
      {editing ? (
        <CommentComposer
          label="Edit comment"
          submitLabel="Save"
          initialContent={comment.content}
          autoFocus
          onCancel={() => setEditing(false)}
          onSubmit={async (content) => {
            const saved = await comments.edit(comment.id, content)
            if (saved) setEditing(false)
            return saved
          }}
        />
      ) : (
        <div className="comment__body">
          <MarkdownLight
            content={comment.content}
            renderMention={(mention) => (
              <span className="mention-chip" data-user-id={mention.userId}>
                @{members.byId.get(mention.userId)?.name ?? mention.name}
              </span>
            )}
          />
        </div>
      )}
      <footer className="comment__footer">
        <ReactionBar reactions={node.reactions} userId={comments.userId} canReact={canEdit} onToggle={(emoji) => comments.toggleReaction(comment.id, emoji)} />
        <span className="comment__actions">
          {actions}
          {own && !editing && !confirming && (
            <>
              <Button variant="ghost" onClick={() => setEditing(true)}>
                Edit
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(true)}>
                Delete
              </Button>
            </>
          )}
          {confirming && (
            <>
              <span>Delete this comment?</span>
              <Button variant="primary" onClick={() => void comments.remove(comment.id).then(() => setConfirming(false))}>
                Delete comment
              </Button>
              <Button variant="ghost" onClick={() => setConfirming(false)}>
                Keep
              </Button>
            </>
          )}
        </span>
      </footer>
    </article>
  )
}
