import { CURRENT_VIEW_VERSION, type SavedView, type ViewType } from '../../src/views/engine/savedView'
import { BENCH_WORKSPACE } from './generateRows'

/** A saved view as ViewHost would hand it to a renderer. */
export function benchView(type: ViewType, name: string, patch: Partial<SavedView> = {}): SavedView {
  return {
    version: CURRENT_VIEW_VERSION,
    id: `bench-${type}`,
    workspaceId: BENCH_WORKSPACE,
    module: 'project_tasks',
    type,
    name,
    filter: null,
    sorts: [],
    groupBy: null,
    fields: [],
    options: {},
    isShared: true,
    isLocked: false,
    ownerId: null,
    position: 'a0',
    ...patch,
  }
}
