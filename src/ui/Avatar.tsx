import { classNames } from './classNames'
import './Avatar.css'

export interface AvatarProps {
  /** Stable id: picks the colour, so a person has the same one everywhere. */
  id: string
  name: string
  size?: 'small' | 'medium'
  /** A dot for online/away. */
  status?: 'online' | 'away'
  /** Extra words for the tooltip and screen readers ("viewing this record"). */
  detail?: string
}

const palette = ['#3b4fd8', '#c2410c', '#0f766e', '#a21caf', '#b45309', '#1d4ed8', '#be123c', '#4d7c0f']

/** A person's colour, the same in avatars, editing outlines and drag ghosts. */
export function personColor(id: string): string {
  let hash = 0
  for (let i = 0; i < id.length; i++) hash = (hash * 31 + id.charCodeAt(i)) | 0
  return palette[Math.abs(hash) % palette.length]!
}

export function initials(name: string): string {
  const words = name.trim().split(/\s+/).filter(Boolean)
  return ((words[0]?.[0] ?? '?') + (words.length > 1 ? (words[words.length - 1]?.[0] ?? '') : '')).toUpperCase()
}

export function Avatar({ id, name, size = 'medium', status, detail }: AvatarProps) {
  const label = [name, status === 'away' ? 'away' : null, detail].filter(Boolean).join(', ')
  return (
    <span className={classNames('ui-avatar', `ui-avatar--${size}`, status && `ui-avatar--${status}`)} style={{ backgroundColor: personColor(id) }} title={label} aria-label={label} role="img">
      {initials(name)}
    </span>
  )
}
