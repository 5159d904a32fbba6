import { z } from 'zod'

/** One condition on one field: `field` is a FieldDefinition key, `operator` one of its FieldType's operator ids. */
export const filterConditionSchema = z.object({
  kind: z.literal('condition'),
  id: z.string(),
  field: z.string(),
  operator: z.string(),
  value: z.unknown().optional(),
})
export type FilterCondition = z.infer<typeof filterConditionSchema>

export interface FilterGroup {
  kind: 'group'
  id: string
  conjunction: 'and' | 'or'
  children: FilterNode[]
}
export type FilterNode = FilterCondition | FilterGroup

/** Nested AND/OR groups of conditions: the one filter language, compiled to PostgREST and matched in memory. */
export const filterGroupSchema: z.ZodType<FilterGroup> = z.lazy(() =>
  z.object({
    kind: z.literal('group'),
    id: z.string(),
    conjunction: z.enum(['and', 'or']),
    children: z.array(z.union([filterConditionSchema, filterGroupSchema])),
  }),
)

export const sortSchema = z.object({ field: z.string(), direction: z.enum(['asc', 'desc']) })
export type Sort = z.infer<typeof sortSchema>
