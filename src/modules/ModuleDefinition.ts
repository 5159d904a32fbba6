/**
 * What the app knows about a module, as data. Pages, views and fields read from here; a module never
 * carries components. The view-engine issue grows this (fields, title field, date fields, views).
 */
export interface ModuleDefinition {
  /** Registry key and URL segment: /w/<workspaceId>/<key>. */
  key: string
  /** Navigation label, plural ("Productions"). */
  label: string
  /** The Postgres table holding the module's records. */
  table: string
}
