import { z } from 'zod'
import { filterGroupSchema, sortSchema } from '../query/filterTree'

export const viewTypes = ['list', 'board', 'calendar', 'timeline'] as const
export type ViewType = (typeof viewTypes)[number]

export const CURRENT_VIEW_VERSION = 1

export const viewFieldSchema = z.object({
  key: z.string(),
  visible: z.boolean(),
  width: z.number().int().positive().optional(),
})
export type ViewField = z.infer<typeof viewFieldSchema>

/**
 * A saved view as the app uses it (current version). Stored in the `views` table: filter in `filters`, sorts in
 * `sorts`, grouping in `group_by`, and `{ fields, options }` in `config`, with `version` beside them; older stored
 * JSON is upgraded on read (see upgradeSavedView).
 */
export const savedViewSchema = z.object({
  version: z.literal(CURRENT_VIEW_VERSION),
  id: z.string(),
  workspaceId: z.string(),
  /** The module's table, as stored in `views.module` ('project_tasks'); see findModuleByTable. */
  module: z.string(),
  type: z.enum(viewTypes),
  name: z.string().min(1),
  filter: filterGroupSchema.nullable(),
  sorts: z.array(sortSchema),
  groupBy: z.object({ field: z.string(), collapsed: z.array(z.string()).default([]) }).nullable(),
  /** Field order and visibility; fields missing here (new custom fields) appear after these, hidden. */
  fields: z.array(viewFieldSchema),
  /** The renderer's own slice, validated by its optionsSchema. */
  options: z.record(z.string(), z.unknown()),
  isShared: z.boolean(),
  isLocked: z.boolean(),
  ownerId: z.string().nullable(),
  position: z.string().nullable(),
})
export type SavedView = z.infer<typeof savedViewSchema>
