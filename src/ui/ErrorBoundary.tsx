import { Component, type ErrorInfo, type ReactNode } from 'react'

export interface ErrorBoundaryProps {
  /** What to show instead of the crashed subtree; `retry` mounts it again. */
  fallback(error: Error, retry: () => void): ReactNode
  children: ReactNode
}

interface State {
  error: Error | null
}

/** Keeps a crash in one part of the page (a view renderer) from blanking the whole app. */
export class ErrorBoundary extends Component<ErrorBoundaryProps, State> {
  override state: State = { error: null }

  static getDerivedStateFromError(error: unknown): State {
    return { error: error instanceof Error ? error : new Error(String(error)) }
  }

  override componentDidCatch(error: unknown, info: ErrorInfo): void {
    console.error('A part of the page crashed:', error, info.componentStack)
  }

  override render(): ReactNode {
    if (this.state.error) return this.props.fallback(this.state.error, () => this.setState({ error: null }))
    return this.props.children
  }
}
