import type { FieldType } from './FieldType'
import { checkboxFieldType } from './checkbox/checkboxFieldType'
import { currencyFieldType } from './currency/currencyFieldType'
import { dateFieldType } from './date/dateFieldType'
import { dateTimeFieldType } from './date_time/dateTimeFieldType'
import { durationFieldType } from './duration/durationFieldType'
import { emailFieldType } from './email/emailFieldType'
import { longTextFieldType } from './long_text/longTextFieldType'
import { multiSelectFieldType } from './multi_select/multiSelectFieldType'
import { numberFieldType } from './number/numberFieldType'
import { percentFieldType } from './percent/percentFieldType'
import { personFieldType } from './person/personFieldType'
import { phoneFieldType } from './phone/phoneFieldType'
import { ratingFieldType } from './rating/ratingFieldType'
import { relationFieldType } from './relation/relationFieldType'
import { singleSelectFieldType } from './single_select/singleSelectFieldType'
import { textFieldType } from './text/textFieldType'
import { urlFieldType } from './url/urlFieldType'

/**
 * A field type of any value and config. Each entry is typed precisely where it is defined; callers that go through
 * the registry only hold a FieldDefinition whose `type` names the entry, so they work with the erased form.
 */
// eslint-disable-next-line @typescript-eslint/no-explicit-any
export type AnyFieldType = FieldType<any, any>

/** Every field type, by id. Adding a type is a folder and one line here (and its value check in the database). */
export const fieldTypes: Readonly<Record<string, AnyFieldType>> = Object.freeze({
  [textFieldType.id]: textFieldType,
  [longTextFieldType.id]: longTextFieldType,
  [numberFieldType.id]: numberFieldType,
  [currencyFieldType.id]: currencyFieldType,
  [percentFieldType.id]: percentFieldType,
  [dateFieldType.id]: dateFieldType,
  [dateTimeFieldType.id]: dateTimeFieldType,
  [checkboxFieldType.id]: checkboxFieldType,
  [singleSelectFieldType.id]: singleSelectFieldType,
  [multiSelectFieldType.id]: multiSelectFieldType,
  [personFieldType.id]: personFieldType,
  [urlFieldType.id]: urlFieldType,
  [emailFieldType.id]: emailFieldType,
  [phoneFieldType.id]: phoneFieldType,
  [ratingFieldType.id]: ratingFieldType,
  [durationFieldType.id]: durationFieldType,
  [relationFieldType.id]: relationFieldType,
})

/** Types a workspace can create custom fields of (a relation is built in only: it needs a foreign key). */
export const customFieldTypeIds: readonly string[] = Object.keys(fieldTypes).filter((id) => id !== relationFieldType.id)

export function getFieldType(id: string): AnyFieldType | undefined {
  return Object.hasOwn(fieldTypes, id) ? fieldTypes[id] : undefined
}
