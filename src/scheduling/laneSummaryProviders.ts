import type { ReactNode } from 'react'
import type { LaneSummaryKey } from '../modules/ModuleDefinition'
import { assetUtilizationSummary, type AssetUtilization } from './assetUtilizationSummary'
import { crewHoursSummary, type CrewHours } from './crewHoursSummary'
import type { AnyClient, LaneSummaryContext, LaneSummaryProvider } from './laneSummaryProvider'

interface LaneSummaries {
  crew_hours: CrewHours
  asset_utilization: AssetUtilization
}

/** Every lane summary a ModuleDefinition may name. Adding one is a provider file and a line here. */
export const laneSummaryProviders: { [Key in LaneSummaryKey]: LaneSummaryProvider<LaneSummaries[Key]> } = {
  crew_hours: crewHoursSummary,
  asset_utilization: assetUtilizationSummary,
}

/** What each lane's header shows, by lane value: one request for all lanes, each answer rendered by its provider. */
export async function summarizeLanes<Key extends LaneSummaryKey>(
  key: Key,
  client: AnyClient,
  workspaceId: string,
  context: LaneSummaryContext,
): Promise<ReadonlyMap<string, ReactNode>> {
  const provider: LaneSummaryProvider<LaneSummaries[Key]> = laneSummaryProviders[key]
  const summaries = await provider.fetch(client, workspaceId, context.range)
  return new Map([...summaries].map(([lane, summary]) => [lane, provider.render(summary, context)]))
}
