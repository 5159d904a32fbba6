import { useCallback, useEffect, useState } from 'react'
import { errorMessage } from '../../lib/errorMessage'
import { fetchProductions, type ProductionListItem } from './fetchProductions'

export type ProductionsState =
  | { status: 'loading' }
  | { status: 'ready'; productions: ProductionListItem[] }
  | { status: 'error'; message: string }

type Settled = Exclude<ProductionsState, { status: 'loading' }>

/**
 * Loads a workspace's productions. Each result is stored with the request it answers, so "loading" is
 * derived (no result for the current request yet) and a late answer for another workspace is never shown.
 */
export function useProductions(workspaceId: string): { state: ProductionsState; retry: () => void } {
  const [attempt, setAttempt] = useState(0)
  const [settled, setSettled] = useState<{ key: string; result: Settled } | null>(null)
  const key = `${workspaceId}#${attempt}`

  useEffect(() => {
    let current = true
    fetchProductions(workspaceId).then(
      (productions) => current && setSettled({ key, result: { status: 'ready', productions } }),
      (error: unknown) => current && setSettled({ key, result: { status: 'error', message: errorMessage(error) } }),
    )
    return () => {
      current = false
    }
  }, [workspaceId, key])

  const retry = useCallback(() => setAttempt((n) => n + 1), [])
  const state: ProductionsState = settled?.key === key ? settled.result : { status: 'loading' }
  return { state, retry }
}
