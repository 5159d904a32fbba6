import type { SupabaseClient } from '@supabase/supabase-js'
import type { ModuleDefinition } from '../../modules/ModuleDefinition'
import { checkSchedulingConflicts, needsConfirmation, type SchedulingConflict } from '../../scheduling/schedulingConflicts'
import type { RecordRow } from './ViewStore'

/** A write held back until the user has seen what it collides with. */
export interface ConflictPrompt {
  /** The record being changed; null for a new one. */
  recordId: string | null
  /** The row as it would be saved, for the prompt's title. */
  row: RecordRow
  conflicts: SchedulingConflict[]
}

/** Cancel; go ahead (over warnings); or, for an admin over a block, go ahead with the reason kept on the row. */
export type ConflictAnswer = { proceed: false } | { proceed: true; overrideReason?: string }

export interface ConflictGuardConfig {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  client: SupabaseClient<any, any, any>
  module: ModuleDefinition
  show(prompt: ConflictPrompt | null): void
}

export interface ConflictGuard {
  /** Whether writing these values asks the conflict engine first. */
  applies(values: Record<string, unknown>): boolean
  /**
   * Asks the engine about `row` (the record as it would be saved) and, when it blocks or warns, the user. Resolves with
   * the values to write (an override reason added when given), or null when the user cancels: nothing is written.
   */
  confirm(recordId: string | null, row: RecordRow, values: Record<string, unknown>): Promise<Record<string, unknown> | null>
  answer(answer: ConflictAnswer): void
  /** Someone else changed a row of the table: the open prompt asks the engine again, so it shows what is true now. */
  recheck(): void
}

export const overrideField = 'conflict_override_reason'

/**
 * The view store's gate in front of writes to a module with `conflictChecks`. The database refuses blocks on its own
 * (a trigger): this is where the user learns why before anything is sent, and where warnings are asked about. When
 * the engine cannot be asked (offline, an error), the write goes ahead and the database decides.
 */
export function createConflictGuard({ client, module, show }: ConflictGuardConfig): ConflictGuard {
  const checked = new Set(module.conflictChecks?.fields ?? [])
  let open: { prompt: ConflictPrompt; settle(answer: ConflictAnswer): void; generation: number } | null = null
  let generation = 0
  // One prompt at a time: writes that collide while one is open (a bulk edit, two quick drags) wait their turn.
  let turn: Promise<unknown> = Promise.resolve()

  async function ask(row: RecordRow): Promise<SchedulingConflict[]> {
    try {
      return await checkSchedulingConflicts(client, module.table, row)
    } catch {
      return []
    }
  }

  return {
    applies(values) {
      return Object.keys(values).some((key) => checked.has(key))
    },
    async confirm(recordId, row, values) {
      const conflicts = await ask(row)
      if (!needsConfirmation(conflicts)) return values
      const waited = open !== null
      const answered = turn.then(async (): Promise<ConflictAnswer> => {
        // A write that waited behind another prompt asks again: the first answer may have changed what it meets.
        const now = waited ? await ask(row) : conflicts
        if (!needsConfirmation(now)) return { proceed: true }
        return new Promise<ConflictAnswer>((settle) => {
          const prompt = { recordId, row, conflicts: now }
          open = { prompt, settle, generation: ++generation }
          show(prompt)
        })
      })
      turn = answered
      const answer = await answered
      if (!answer.proceed) return null
      const reason = answer.overrideReason?.trim()
      return reason ? { ...values, [overrideField]: reason } : values
    },
    answer(answer) {
      const current = open
      if (!current) return
      open = null
      show(null)
      current.settle(answer)
    },
    recheck() {
      const current = open
      if (!current) return
      const asked = current.generation
      void ask(current.prompt.row).then((conflicts) => {
        if (open?.generation !== asked) return
        open.prompt = { ...open.prompt, conflicts }
        show(open.prompt)
      })
    },
  }
}
