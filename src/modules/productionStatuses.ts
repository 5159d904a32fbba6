import type { ProductionStatus } from '../lib/supabase/types'
import type { Tone } from '../ui/tone'

export interface StatusOption {
  label: string
  tone: Tone
}

/**
 * Label and colour of each production status, in lifecycle order. Typed as a full Record so that a
 * status added to the database type without a label here fails the type check.
 */
export const productionStatuses: Record<ProductionStatus, StatusOption> = {
  planning: { label: 'Planning', tone: 'neutral' },
  pre_production: { label: 'Pre-production', tone: 'info' },
  in_production: { label: 'In production', tone: 'accent' },
  post_production: { label: 'Post-production', tone: 'warning' },
  completed: { label: 'Completed', tone: 'success' },
  cancelled: { label: 'Cancelled', tone: 'danger' },
}
