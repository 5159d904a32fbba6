import { useState, type ComponentType, type KeyboardEvent } from 'react'
import type { EditorProps, ParseResult } from '../FieldType'
import './editors.css'

export interface TextInputEditorOptions<Value, Config> {
  name: string
  /** The text an existing value is edited as. */
  toText(value: Value | null, config: Config): string
  parse(text: string, config: Config): ParseResult<Value>
  inputType?: 'text' | 'number' | 'date' | 'datetime-local' | 'url' | 'email' | 'tel'
  inputMode?: 'text' | 'decimal' | 'numeric' | 'url' | 'email' | 'tel'
  /** A textarea: Enter commits, Shift+Enter adds a line. */
  multiline?: boolean
}

/**
 * An input that parses what was typed with the field type's own parser: Enter (or leaving the field) commits a valid
 * value, Escape cancels; an invalid value stays open with the parser's message.
 */
export function textInputEditor<Value, Config>(options: TextInputEditorOptions<Value, Config>): ComponentType<EditorProps<Value, Config>> {
  function Editor({ value, field, onCommit, onCancel, autoFocus = true }: EditorProps<Value, Config>) {
    const [text, setText] = useState(() => options.toText(value, field.config))
    const [error, setError] = useState<string | undefined>()

    const commit = (): boolean => {
      const result = options.parse(text, field.config)
      if (!result.ok) {
        setError(result.error ?? 'Not a valid value')
        return false
      }
      onCommit(result.value)
      return true
    }
    const onKeyDown = (event: KeyboardEvent<HTMLInputElement | HTMLTextAreaElement>) => {
      if (event.key === 'Escape') {
        event.preventDefault()
        onCancel()
      } else if (event.key === 'Enter' && !(options.multiline && event.shiftKey)) {
        event.preventDefault()
        commit()
      }
    }
    const common = {
      className: 'cf-editor__input',
      value: text,
      autoFocus,
      'aria-label': field.label,
      'aria-invalid': error ? true : undefined,
      onKeyDown,
      // Leaving the field keeps a valid edit and drops an invalid one, like a spreadsheet.
      onBlur: () => {
        if (!commit()) onCancel()
      },
    }
    return (
      <span className="cf-editor">
        {options.multiline ? (
          <textarea {...common} rows={4} onChange={(e) => (setText(e.target.value), setError(undefined))} />
        ) : (
          <input
            {...common}
            type={options.inputType ?? 'text'}
            inputMode={options.inputMode}
            onChange={(e) => (setText(e.target.value), setError(undefined))}
          />
        )}
        {error && (
          <span className="cf-editor__error" role="alert">
            {error}
          </span>
        )}
      </span>
    )
  }
  Editor.displayName = options.name
  return Editor
}
