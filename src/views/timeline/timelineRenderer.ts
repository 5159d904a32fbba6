import type { ViewRenderer } from '../engine/ViewRenderer'
import { defaultTimelineOptions, timelineOptionsSchema, type TimelineOptions } from './timelineOptions'
import { TimelineSkeleton } from './TimelineSkeleton'
import { TimelineView } from './TimelineView'

/** The timeline view type: its own chunk, loaded by views/engine/registry.ts on first use. */
export const timelineRenderer: ViewRenderer<TimelineOptions> = {
  type: 'timeline',
  label: 'Timeline',
  optionsSchema: timelineOptionsSchema,
  defaultOptions: defaultTimelineOptions,
  supports: (module) => module.viewTypes.includes('timeline') && module.dateFields.start !== '',
  Component: TimelineView,
  Skeleton: TimelineSkeleton,
}
