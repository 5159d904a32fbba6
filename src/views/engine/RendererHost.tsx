import { lazy, Suspense, useMemo, type ComponentType, type LazyExoticComponent } from 'react'
import { useStore } from 'zustand'
import { Button } from '../../ui/Button'
import { Callout } from '../../ui/Callout'
import { ErrorBoundary } from '../../ui/ErrorBoundary'
import { Spinner } from '../../ui/Spinner'
import { loadRenderer, rendererEntry } from './registry'
import type { ViewType } from './savedView'
import type { ViewRendererProps } from './ViewRenderer'
import { parseRendererOptions } from './parseRendererOptions'

export type HostedRendererProps = Omit<ViewRendererProps<unknown>, 'options'> & { type: ViewType }
type Hosted = LazyExoticComponent<ComponentType<Omit<HostedRendererProps, 'type'>>>

// One lazy component per view type, made once: React.lazy caches the loaded module, so switching back is instant.
const hosted = new Map<ViewType, Hosted>()

function hostedRenderer(type: ViewType): Hosted {
  let component = hosted.get(type)
  if (!component) {
    component = lazy(async () => {
      const renderer = await loadRenderer(type)
      function HostedRenderer(props: Omit<HostedRendererProps, 'type'>) {
        const { view, module, store } = props
        const options = useMemo(() => parseRendererOptions(renderer, view, module), [view, module])
        // The renderer's own skeleton until the first records arrive, so its frame does not jump. A date renderer stays
        // mounted throughout: nothing loads until it reports the range it shows, and it keeps its place while it does.
        const waitsForRange = rendererEntry(type).loadsByRange
        const loading = useStore(store, (s) => !waitsForRange && (s.status === 'idle' || (s.status === 'loading' && Object.keys(s.records).length === 0)))
        if (loading) return <renderer.Skeleton />
        return <renderer.Component {...props} options={options} />
      }
      return { default: HostedRenderer }
    })
    hosted.set(type, component)
  }
  return component
}

/** Renders a view with its renderer, whose code (list, board, calendar, timeline) loads when a view of it opens. */
export function RendererHost({ type, ...props }: HostedRendererProps) {
  const Renderer = hostedRenderer(type)
  return (
    <ErrorBoundary
      fallback={(error, retry) => (
        <Callout tone="danger" title="This view could not be shown" actions={<Button onClick={retry}>Try again</Button>}>
          {error.message}
        </Callout>
      )}
    >
      <Suspense fallback={<Spinner label="Loading view" />}>
        <Renderer {...props} />
      </Suspense>
    </ErrorBoundary>
  )
}
