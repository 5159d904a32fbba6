import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import type { WorkspaceSummary } from './fetchWorkspaces'

/** What every module page receives from the workspace layout. */
export interface ModulePageProps {
  workspace: WorkspaceSummary
  module: ModuleDefinition
}
