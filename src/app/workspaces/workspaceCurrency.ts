import type { Json } from '../../lib/supabase/types'

/** The ISO 4217 currency of a workspace (`settings.currency`), or null when it has none or an invalid one. */
export function workspaceCurrency(settings: Json): string | null {
  if (typeof settings !== 'object' || settings === null || Array.isArray(settings)) return null
  const currency = settings.currency
  return typeof currency === 'string' && /^[A-Z]{3}$/.test(currency) ? currency : null
}
