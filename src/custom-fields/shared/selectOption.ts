import { z } from 'zod'

/** Palette names a select option may take; renderers map them to colours (unknown names render grey). */
export const optionColors = ['gray', 'blue', 'green', 'yellow', 'orange', 'red', 'pink', 'purple', 'teal'] as const

/** One choice of a single or multi select, stored in custom_fields.options: `{ value, label, color }`. */
export const selectOptionSchema = z.object({
  value: z.string().min(1, 'An option needs a value'),
  label: z.string().min(1, 'An option needs a label'),
  color: z.string().optional(),
})
export type SelectOption = z.infer<typeof selectOptionSchema>

/** `options` with unique values (the stored key of each choice). */
export const selectConfigSchema = z.object({
  options: z
    .array(selectOptionSchema)
    .default([])
    .refine((options) => new Set(options.map((o) => o.value)).size === options.length, 'Option values must be unique'),
})
export type SelectConfig = z.infer<typeof selectConfigSchema>

/** Finds the option a pasted label or value stands for (labels first, case-insensitively). */
export function findOption(options: readonly SelectOption[], text: string): SelectOption | undefined {
  const t = text.trim().toLowerCase()
  return options.find((o) => o.label.toLowerCase() === t) ?? options.find((o) => o.value.toLowerCase() === t)
}
