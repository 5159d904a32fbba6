import { SignJWT } from 'jose'

/**
 * The Supabase CLI's local JWT secret. It is public (every `supabase start` uses it), and signing the CLI's
 * payloads with it reproduces the well-known local anon and service_role keys byte for byte.
 * Set CALLBOARD_JWT_SECRET (at least 32 characters) to use a secret of your own.
 */
export const DEMO_JWT_SECRET = 'super-secret-jwt-token-with-at-least-32-characters-long'

export const DEFAULT_PORT = 54321
export const DEFAULT_HOST = '127.0.0.1'

export interface ApiKeys {
  anonKey: string
  serviceRoleKey: string
}

const apiKeyExpiry = 1983812996

async function signApiKey(secret: string, role: 'anon' | 'service_role'): Promise<string> {
  return new SignJWT({ iss: 'supabase-demo', role, exp: apiKeyExpiry })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .sign(new TextEncoder().encode(secret))
}

export async function deriveApiKeys(secret: string): Promise<ApiKeys> {
  return { anonKey: await signApiKey(secret, 'anon'), serviceRoleKey: await signApiKey(secret, 'service_role') }
}

export function jwtSecretFromEnv(env: NodeJS.ProcessEnv = process.env): string {
  const secret = env.CALLBOARD_JWT_SECRET
  if (secret === undefined || secret === '') return DEMO_JWT_SECRET
  if (secret.length < 32) throw new Error('CALLBOARD_JWT_SECRET must be at least 32 characters long')
  return secret
}
