import { useWorkspaceMembers } from '../../../custom-fields/person/WorkspaceMembersProvider'
import type { ReactionSummary } from '../../../realtime/comments/commentThreads'

/** The reactions offered: a few, fixed, so a thread stays readable. */
export const reactionEmojis = ['👍', '❤️', '🎉', '👀', '✅'] as const

export interface ReactionBarProps {
  reactions: readonly ReactionSummary[]
  userId: string | null
  /** Viewers see reactions but cannot add their own. */
  canReact: boolean
  onToggle(emoji: string): void
}

/** One toggle per emoji with its count; who reacted is in the title. Emojis nobody chose show only to writers. */
export function ReactionBar({ reactions, userId, canReact, onToggle }: ReactionBarProps) {
  const members = useWorkspaceMembers()
  const emojis = [...reactionEmojis, ...reactions.map((reaction) => reaction.emoji).filter((emoji) => !(reactionEmojis as readonly string[]).includes(emoji))]
  return (
    <span className="reaction-bar" role="group" aria-label="Reactions">
      {emojis.map((emoji) => {
        const who = reactions.find((reaction) => reaction.emoji === emoji)?.userIds ?? []
        if (who.length === 0 && !canReact) return null
        const mine = userId !== null && who.includes(userId)
        const names = who.map((id) => members.byId.get(id)?.name ?? 'Someone').join(', ')
        return (
          <button
            key={emoji}
            type="button"
            className={`reaction-bar__button${mine ? ' reaction-bar__button--mine' : ''}${who.length === 0 ? ' reaction-bar__button--empty' : ''}`}
            aria-pressed={mine}
            aria-label={`${emoji} ${who.length}${who.length ? `: ${names}` : ''}`}
            title={who.length ? `${names} reacted ${emoji}` : `React ${emoji}`}
            disabled={!canReact}
            onClick={() => onToggle(emoji)}
          >
            <span aria-hidden="true">{emoji}</span>
            {who.length > 0 && <span className="reaction-bar__count">{who.length}</span>}
          </button>
        )
      })}
    </span>
  )
}
