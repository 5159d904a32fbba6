import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import type { AnyViewRenderer } from './registry'
import type { SavedView } from './savedView'

/**
 * A view's options as its renderer reads them: the stored slice over the renderer's defaults, checked by its schema.
 * A stored slice the schema rejects (an older shape) falls back to the defaults rather than breaking the view.
 */
export function parseRendererOptions(renderer: AnyViewRenderer, view: Pick<SavedView, 'options'>, module: ModuleDefinition): Record<string, unknown> {
  const defaults = renderer.defaultOptions(module) as Record<string, unknown>
  const parsed = renderer.optionsSchema.safeParse({ ...defaults, ...view.options })
  if (parsed.success) return parsed.data as Record<string, unknown>
  return defaults
}
