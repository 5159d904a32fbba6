import type { FieldDefinition } from '../custom-fields/FieldDefinition'
import type { SelectOption } from '../custom-fields/shared/selectOption'

// Builders for built-in column fields, so module files stay a readable list of data. Configs are written out whole
// (each type's defaults), so a FieldDefinition never needs parsing before use.

type Options = Partial<Pick<FieldDefinition, 'required' | 'readOnly' | 'hidden'>>

function column(key: string, label: string, type: string, config: unknown, options: Options = {}): FieldDefinition {
  return { key, label, type, config, source: 'column', required: false, readOnly: false, ...options }
}

export const textColumn = (key: string, label: string, options?: Options) => column(key, label, 'text', { maxLength: 1000 }, options)
export const longTextColumn = (key: string, label: string, options?: Options) =>
  column(key, label, 'long_text', { maxLength: 20_000 }, options)
export const emailColumn = (key: string, label: string, options?: Options) => column(key, label, 'email', {}, options)
export const phoneColumn = (key: string, label: string, options?: Options) => column(key, label, 'phone', {}, options)
export const dateColumn = (key: string, label: string, options?: Options) => column(key, label, 'date', {}, options)
export const dateTimeColumn = (key: string, label: string, options?: Options) => column(key, label, 'date_time', {}, options)
export const checkboxColumn = (key: string, label: string, options?: Options) => column(key, label, 'checkbox', {}, options)
export const personColumn = (key: string, label: string, options?: Options) => column(key, label, 'person', {}, options)
export const relationColumn = (key: string, label: string, module: string, options?: Options) =>
  column(key, label, 'relation', { module }, options)
export const currencyColumn = (key: string, label: string, options?: Options) =>
  column(key, label, 'currency', { currency: null, precision: 2, allowNegative: false }, options)
export const numberColumn = (
  key: string,
  label: string,
  config: { precision?: number | null; min?: number | null; max?: number | null; suffix?: string },
  options?: Options,
) => column(key, label, 'number', { precision: null, min: null, max: null, suffix: '', ...config }, options)
export const selectColumn = (key: string, label: string, options: readonly SelectOption[], fieldOptions?: Options) =>
  column(key, label, 'single_select', { options }, fieldOptions)
export const multiSelectColumn = (key: string, label: string, options: readonly SelectOption[], fieldOptions?: Options) =>
  column(key, label, 'multi_select', { options }, fieldOptions)
/** Whole minutes (buffers, travel), shown as "1h 30m". */
export const durationColumn = (key: string, label: string, options?: Options) => column(key, label, 'duration', {}, options)

/** The standard columns every module table has that people care about, read-only. */
export const systemFields: readonly FieldDefinition[] = [
  dateTimeColumn('created_at', 'Created', { readOnly: true, required: true }),
  dateTimeColumn('updated_at', 'Last updated', { readOnly: true, required: true }),
  personColumn('created_by', 'Created by', { readOnly: true }),
  personColumn('updated_by', 'Last edited by', { readOnly: true }),
]
