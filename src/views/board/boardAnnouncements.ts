import type { Announcements } from '@dnd-kit/core'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import type { RecordRow, ViewGroup } from '../store/ViewStore'
import type { CardDragData } from './BoardView'

/** Screen-reader announcements in the board's words: card titles and column names, not internal ids. */
export function boardAnnouncements(
  records: Readonly<Record<string, RecordRow>>,
  titleField: FieldDefinition | undefined,
  groups: readonly ViewGroup[],
): Announcements {
  const title = (data: unknown) => {
    const id = (data as CardDragData | undefined)?.recordId
    const record = id ? records[id] : undefined
    const value = record && titleField ? readFieldValue(record, titleField) : null
    return typeof value === 'string' && value ? value : 'card'
  }
  const column = (id: unknown) => {
    const key = typeof id === 'string' && id.startsWith('column:') ? id.slice('column:'.length) : null
    const group = groups.find((candidate) => candidate.key === key)
    return group ? group.label || 'No value' : 'no column'
  }
  return {
    onDragStart: ({ active }) => `Picked up ${title(active.data.current)}.`,
    onDragOver: ({ active, over }) => (over ? `${title(active.data.current)} is over ${column(over.id)}.` : `${title(active.data.current)} is not over a column.`),
    onDragEnd: ({ active, over }) => (over ? `${title(active.data.current)} was dropped in ${column(over.id)}.` : `${title(active.data.current)} was dropped back.`),
    onDragCancel: ({ active }) => `Moving ${title(active.data.current)} was cancelled.`,
  }
}
