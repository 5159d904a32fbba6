import { supabaseConfigProblems } from '../lib/supabase/client'
import { App } from './App'
import { ConfigErrorScreen } from './ConfigErrorScreen'

export function Root() {
  return supabaseConfigProblems ? <ConfigErrorScreen problems={supabaseConfigProblems} /> : <App />
}
