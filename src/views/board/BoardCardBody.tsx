import { memo } from 'react'
import { readFieldValue, type FieldDefinition } from '../../custom-fields/FieldDefinition'
import { getFieldType } from '../../custom-fields/registry'
import { classNames } from '../../ui/classNames'
import type { RecordRow } from '../store/ViewStore'

export interface BoardCardBodyProps {
  record: RecordRow
  titleField: FieldDefinition | undefined
  cardFields: readonly FieldDefinition[]
  /** Drawn under the pointer while dragging. */
  overlay?: boolean
}

/** What a card shows: its title and the fields the view picked, each through its field type's Cell. */
export const BoardCardBody = memo(function BoardCardBody({ record, titleField, cardFields, overlay }: BoardCardBodyProps) {
  const title = titleField ? readFieldValue(record, titleField) : null
  return (
    <div className={classNames('board-card__body', overlay && 'board-card__body--overlay')}>
      <p className="board-card__title">{typeof title === 'string' && title.trim() ? title : 'Untitled'}</p>
      {cardFields.length > 0 && (
        <dl className="board-card__fields">
          {cardFields.map((field) => {
            const type = getFieldType(field.type)
            const value = readFieldValue(record, field)
            if (value === null) return null
            return (
              <div key={field.key} className="board-card__field">
                <dt className="ui-visually-hidden">{field.label}</dt>
                <dd>{type ? <type.Cell value={value} field={field} /> : String(value)}</dd>
              </div>
            )
          })}
        </dl>
      )}
    </div>
  )
})
