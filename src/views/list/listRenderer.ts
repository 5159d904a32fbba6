import type { ViewRenderer } from '../engine/ViewRenderer'
import { ListSkeleton } from './ListSkeleton'
import { ListView } from './ListView'
import { RowHeightEditor } from './RowHeightEditor'
import { defaultListOptions, listOptionsSchema, type ListOptions } from './listOptions'

export const listRenderer: ViewRenderer<ListOptions> = {
  type: 'list',
  label: 'List',
  optionsSchema: listOptionsSchema,
  defaultOptions: defaultListOptions,
  supports: (module) => module.viewTypes.includes('list'),
  Component: ListView,
  Skeleton: ListSkeleton,
  OptionsEditor: RowHeightEditor,
}
