import { useId, type ComponentPropsWithRef } from 'react'
import { classNames } from './classNames'
import './SelectField.css'

export interface SelectOption {
  value: string
  label: string
}

export interface SelectFieldProps extends Omit<ComponentPropsWithRef<'select'>, 'id' | 'children'> {
  label: string
  options: readonly SelectOption[]
  /** Show the label to screen readers only (a compact toolbar row). */
  hideLabel?: boolean
  /** An extra first option, e.g. "None"; its value is ''. */
  placeholder?: string
}

/** A labelled native select: the platform's own keyboard and screen-reader behaviour, no custom listbox. */
export function SelectField({ label, options, hideLabel, placeholder, className, ...selectProps }: SelectFieldProps) {
  const id = useId()
  return (
    <div className={classNames('ui-select', className)}>
      <label className={hideLabel ? 'ui-visually-hidden' : 'ui-select__label'} htmlFor={id}>
        {label}
      </label>
      <select id={id} className="ui-select__input" {...selectProps}>
        {placeholder !== undefined && <option value="">{placeholder}</option>}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
    </div>
  )
}
