/**
 * The id of a module's n-th default view in a workspace, derived from those three (a name-based uuid). Two people
 * opening an empty module at once insert the same ids: the second insert conflicts instead of duplicating the views.
 */
export async function defaultViewId(workspaceId: string, table: string, index: number): Promise<string> {
  const bytes = new Uint8Array(await crypto.subtle.digest('SHA-256', new TextEncoder().encode(`callboard-default-view:${workspaceId}:${table}:${index}`)))
  bytes[6] = ((bytes[6] ?? 0) & 0x0f) | 0x50 // version 5 layout (name-based)
  bytes[8] = ((bytes[8] ?? 0) & 0x3f) | 0x80 // RFC 4122 variant
  const hex = Array.from(bytes.slice(0, 16), (b) => b.toString(16).padStart(2, '0')).join('')
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`
}
