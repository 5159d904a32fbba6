import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { EmptyState } from '../../ui/EmptyState'
import { PageHeader } from '../../ui/PageHeader'
import { Spinner } from '../../ui/Spinner'
import type { ModulePageProps } from '../workspaces/ModulePageProps'
import { workspaceCurrency } from '../workspaces/workspaceCurrency'
import { ProductionsTable } from './ProductionsTable'
import { useProductions } from './useProductions'

export function ProductionsPage({ workspace, module }: ModulePageProps) {
  const { state, retry } = useProductions(workspace.id)

  return (
    <section aria-labelledby="module-title" aria-busy={state.status === 'loading'}>
      <PageHeader
        title={module.label}
        titleId="module-title"
        eyebrow={workspace.name}
        description={state.status === 'ready' ? countLabel(state.productions.length) : undefined}
      />
      {state.status === 'loading' && <Spinner label={`Loading ${module.label.toLowerCase()}`} />}
      {state.status === 'error' && (
        <Callout tone="danger" title="Could not load productions" actions={<Button onClick={retry}>Try again</Button>}>
          {state.message}
        </Callout>
      )}
      {state.status === 'ready' &&
        (state.productions.length === 0 ? (
          <EmptyState title="No productions yet">
            <p>Productions added to {workspace.name} will appear here.</p>
          </EmptyState>
        ) : (
          <ProductionsTable productions={state.productions} currency={workspaceCurrency(workspace.settings)} />
        ))}
    </section>
  )
}

function countLabel(count: number): string {
  return count === 1 ? '1 production' : `${count} productions`
}
