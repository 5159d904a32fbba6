import { useEffect, useState } from 'react'
import { loadRenderer, type AnyViewRenderer } from './registry'
import type { ViewType } from './savedView'

/** The renderer of a view type once its chunk has loaded (null until then, or if it failed to load). */
export function useLoadedRenderer(type: ViewType): AnyViewRenderer | null {
  const [loaded, setLoaded] = useState<{ type: ViewType; renderer: AnyViewRenderer } | null>(null)
  useEffect(() => {
    let current = true
    loadRenderer(type).then(
      (renderer) => current && setLoaded({ type, renderer }),
      () => {},
    )
    return () => {
      current = false
    }
  }, [type])
  return loaded?.type === type ? loaded.renderer : null
}
