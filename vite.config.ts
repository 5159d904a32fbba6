import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'

// The embedded backend writes .env.local (VITE_SUPABASE_URL, VITE_SUPABASE_PUBLISHABLE_KEY) on start,
// so `vite` and `vite build` pick the right backend without extra flags.
export default defineConfig({
  plugins: [react()],
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  build: { target: 'es2022', sourcemap: true },
})
