import { useState } from 'react'
import type { FieldDefinition } from '../../../custom-fields/FieldDefinition'
import type { FieldType } from '../../../custom-fields/FieldType'
import { dateChoiceLabels, dateChoiceOf, DEFAULT_DAY_COUNT, modeFits, operandOfChoice, type DateChoiceMode } from './relativeDateChoice'

export interface DateOperandInputProps {
  field: FieldDefinition
  type: FieldType
  modes: readonly DateChoiceMode[]
  value: unknown
  label: string
  onChange(value: unknown): void
}

/**
 * A date operand as "exact date" (the field's own date editor) or relative to today or now ("3 days ago"), stored in
 * the relative shape so the filter moves with the calendar.
 */
export function DateOperandInput({ field, type, modes, value, label, onChange }: DateOperandInputProps) {
  const stored = dateChoiceOf(value)
  const [picked, setPicked] = useState<DateChoiceMode>(stored.mode)
  // The user's pick wins while it still describes the value; an outside change (another tab, undo) shows as stored.
  const mode = modeFits(picked, value) ? picked : stored.mode
  const counted = mode === 'days_ago' || mode === 'days_from_now'
  const Editor = type.Editor

  function pick(next: DateChoiceMode) {
    setPicked(next)
    if (next === 'exact') onChange(typeof value === 'string' ? value : undefined)
    else onChange(operandOfChoice({ mode: next, days: stored.mode === next ? stored.days : DEFAULT_DAY_COUNT }))
  }

  return (
    <span className="view-toolbar__operand view-toolbar__date-operand">
      <select aria-label={`${label}: when`} value={mode} onChange={(event) => pick(event.target.value as DateChoiceMode)}>
        {modes.map((candidate) => (
          <option key={candidate} value={candidate}>
            {dateChoiceLabels[candidate]}
          </option>
        ))}
      </select>
      {mode === 'exact' && (
        <Editor
          key={JSON.stringify(value ?? null)}
          value={(typeof value === 'string' ? value : null) as never}
          field={{ ...field, label }}
          autoFocus={false}
          onCommit={(next) => onChange(next ?? undefined)}
          onCancel={() => {}}
        />
      )}
      {counted && (
        <input
          className="view-toolbar__input view-toolbar__days"
          type="number"
          min={1}
          step={1}
          aria-label={`${label}: number of days`}
          value={value === undefined || value === null ? '' : String(stored.days)}
          onChange={(event) => {
            const days = Number(event.target.value)
            onChange(event.target.value === '' || !Number.isInteger(days) || days < 1 ? undefined : operandOfChoice({ mode, days }))
          }}
        />
      )}
    </span>
  )
}
