import { Callout } from '../ui/Callout'
import './App.css'

/** Shown instead of the app when the build has no Supabase URL or key, so the cause is on screen rather than in a blank page. */
export function ConfigErrorScreen({ problems }: { problems: readonly string[] }) {
  return (
    <main className="app-loading">
      <div className="config-error">
        <Callout tone="danger" title="Callboard is not connected to a Supabase backend">
          <ul>
            {problems.map((problem) => (
              <li key={problem}>{problem}</li>
            ))}
          </ul>
          <p>
            Run <code>npm start</code> or <code>npm run dev</code>: the embedded backend writes both variables to{' '}
            <code>.env.local</code>. For a hosted Supabase project, set <code>VITE_SUPABASE_URL</code> and{' '}
            <code>VITE_SUPABASE_PUBLISHABLE_KEY</code> from its API settings, then rebuild.
          </p>
        </Callout>
      </div>
    </main>
  )
}
