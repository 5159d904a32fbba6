import type { FieldDefinition } from '../custom-fields/FieldDefinition'
import type { ViewType } from '../views/engine/savedView'
import type { FilterGroup, Sort } from '../views/query/filterTree'

/** A view every workspace starts with for a module (created, shared, when it has none). */
export interface DefaultViewDefinition {
  name: string
  type: ViewType
  /** A field key to group by (board columns, list sections). */
  groupBy?: string
  sorts?: readonly Sort[]
  /** Only the records this view is about (a bookings view of venues alone, say). */
  filter?: FilterGroup
  /** The renderer's own options (its slice of the saved view). */
  options?: Record<string, unknown>
}

/**
 * A summary of a module's records over a span of days, shown in the header of each timeline lane that groups by a
 * relation to the module (a crew schedule's person, a gear schedule's asset). The key names a provider in
 * src/scheduling/laneSummaryProviders.ts; the database computes the figures (get_crew_hours,
 * calculate_asset_utilization).
 */
export type LaneSummaryKey = 'crew_hours' | 'asset_utilization'

/** A panel the view engine shows above a module's views; the key names one in src/scheduling/modulePanels.ts. */
export type ModulePanelKey = 'compliance_expiry' | 'shows'

/**
 * What the app knows about a module, as data. Pages, views and fields read from here; a module never
 * carries components. Adding a module is describing it: table, fields, and the views it starts with.
 */
export interface ModuleDefinition {
  /** Registry key and URL segment: /w/<workspaceId>/<key>. */
  key: string
  /** Navigation label, plural ("Productions"). */
  label: string
  /** One record, for buttons and the drawer ("Production"). */
  singular: string
  /**
   * The Postgres table holding the module's records. It is also the module's name in the database: the `module`
   * column of custom_fields and views, and comments' entity_type, hold the table name.
   */
  table: string
  /** Built-in columns described like custom fields (system columns read-only). */
  fields: readonly FieldDefinition[]
  /** The field shown as a record's title in cards, bars and the drawer. */
  titleField: string
  /** Date or date-time fields that calendar and timeline views can use (when viewTypes offers them). */
  dateFields: { start: string; end?: string }
  viewTypes: readonly ViewType[]
  /** Shared views created for a workspace that has none for this module. */
  defaultViews: readonly DefaultViewDefinition[]
  /**
   * A module whose rows hold people, spaces or gear for a window (bookings, crew calls): the database's conflict
   * engine (check_event_conflicts) judges them. A write that changes one of these fields shows its conflicts before
   * it saves (blocks refuse, warnings ask, admins may override with a reason), and the drawer lists them.
   */
  conflictChecks?: { fields: readonly string[] }
  /**
   * A module whose records are the lanes of other modules' timelines (people, assets): a timeline grouped by a
   * relation field pointing here shows this summary in each lane's header for the days it shows, fetched once for all
   * lanes and again as the view's rows change.
   */
  laneSummary?: LaneSummaryKey
  /**
   * Panels shown above every view of the module (collapsible; the choice is remembered per module in this browser),
   * refreshed as the view's rows change: 'compliance_expiry' lists what expires in the next 30 days and the calls and
   * events it endangers (check_compliance_expiry).
   */
  panels?: readonly ModulePanelKey[]
}
