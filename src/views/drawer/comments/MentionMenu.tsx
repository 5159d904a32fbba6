import type { WorkspaceMember } from '../../../custom-fields/person/WorkspaceMembersProvider'
import { Avatar } from '../../../ui/Avatar'

export interface MentionMenuProps {
  id: string
  open: boolean
  members: readonly WorkspaceMember[]
  activeIndex: number
  /** The id of option `index`, which the textarea names as its active descendant. */
  optionId(index: number): string
  onPick(member: WorkspaceMember): void
  onHover(index: number): void
}

/** The members an "@" could mean; the composer's textarea keeps focus and drives it (aria-activedescendant). */
export function MentionMenu({ id, open, members, activeIndex, optionId, onPick, onHover }: MentionMenuProps) {
  return (
    <ul id={id} className="mention-menu" role="listbox" aria-label="Mention someone" hidden={!open}>
      {open &&
        members.map((member, index) => (
          <li
            key={member.id}
            id={optionId(index)}
            role="option"
            aria-selected={index === activeIndex}
            className="mention-menu__option"
            // Keeps focus in the textarea: the pick happens on click.
            onMouseDown={(event) => event.preventDefault()}
            onMouseEnter={() => onHover(index)}
            onClick={() => onPick(member)}
          >
            <Avatar id={member.id} name={member.name} size="small" />
            <span>{member.name}</span>
            {member.email && <span className="ui-muted mention-menu__email">{member.email}</span>}
          </li>
        ))}
    </ul>
  )
}
