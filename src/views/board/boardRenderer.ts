import type { ViewRenderer } from '../engine/ViewRenderer'
import { BoardSkeleton } from './BoardSkeleton'
import { BoardView } from './BoardView'
import { CardFieldsEditor } from './CardFieldsEditor'
import { boardOptionsSchema, canBeBoardColumns, defaultBoardOptions, type BoardOptions } from './boardOptions'

export const boardRenderer: ViewRenderer<BoardOptions> = {
  type: 'board',
  label: 'Board',
  optionsSchema: boardOptionsSchema,
  defaultOptions: defaultBoardOptions,
  supports: (module) => module.viewTypes.includes('board') && module.fields.some(canBeBoardColumns),
  Component: BoardView,
  Skeleton: BoardSkeleton,
  OptionsEditor: CardFieldsEditor,
}
