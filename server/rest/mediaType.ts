import { RestError } from './errors'

// Content negotiation (MediaType.hs, Plan/Negotiate.hs): the first acceptable media type in the Accept
// header, ordered by q-value, picks the body format.

export type OutputFormat =
  | { kind: 'json'; stripNulls: boolean } // application/json, or vnd.pgrst.array+json[;nulls=stripped]
  | { kind: 'single'; stripNulls: boolean } // application/vnd.pgrst.object+json[;nulls=stripped]
  | { kind: 'csv' }

interface AcceptItem {
  mime: string
  type: string
  subtype: string
  params: Record<string, string>
  q: number
}

function parseAccept(header: string): AcceptItem[] {
  const items: AcceptItem[] = []
  for (const part of header.split(',')) {
    const [mediaRaw = '', ...paramParts] = part.split(';')
    const mime = mediaRaw.trim()
    if (mime === '') continue
    const [type = '', subtype = ''] = mime.toLowerCase().split('/')
    const params: Record<string, string> = {}
    let q = 1
    for (const p of paramParts) {
      const eq = p.indexOf('=')
      if (eq < 0) continue
      const k = p.slice(0, eq).trim().toLowerCase()
      const v = p
        .slice(eq + 1)
        .trim()
        .replace(/^"(.*)"$/, '$1')
      if (k === 'q') q = Number.isFinite(Number(v)) ? Number(v) : 1
      else params[k] = v
    }
    items.push({ mime: part.trim(), type, subtype, params, q })
  }
  // Stable sort keeps the client's order among equal q-values, as wai's parseHttpAccept does.
  return items
    .map((it, i) => ({ it, i }))
    .sort((a, b) => b.it.q - a.it.q || a.i - b.i)
    .map((x) => x.it)
}

function formatFor(item: AcceptItem): OutputFormat | undefined {
  const stripped = item.params.nulls === 'stripped'
  const t = `${item.type}/${item.subtype}`
  switch (t) {
    case '*/*':
    case 'application/json':
      return { kind: 'json', stripNulls: false }
    case 'application/vnd.pgrst.array+json':
    case 'application/vnd.pgrst.array':
      return { kind: 'json', stripNulls: stripped }
    case 'application/vnd.pgrst.object+json':
    case 'application/vnd.pgrst.object':
      return { kind: 'single', stripNulls: stripped }
    case 'text/csv':
      return { kind: 'csv' }
  }
  return undefined
}

function mimeForError(item: AcceptItem): string {
  const t = `${item.type}/${item.subtype}`
  if (t === 'application/vnd.pgrst.object+json' || t === 'application/vnd.pgrst.object') {
    return item.params.nulls === 'stripped'
      ? 'application/vnd.pgrst.object+json;nulls=stripped'
      : 'application/vnd.pgrst.object+json'
  }
  return item.mime.split(';')[0]?.trim() ?? item.mime
}

/** Picks the response format; a missing Accept header means `*∕*`. Throws 406 PGRST107 when nothing fits. */
export function negotiate(accept: string | undefined): OutputFormat {
  if (accept === undefined || accept.trim() === '') return { kind: 'json', stripNulls: false }
  const items = parseAccept(accept)
  for (const item of items) {
    const f = formatFor(item)
    if (f) return f
  }
  throw new RestError(
    406,
    'PGRST107',
    `None of these media types are available: ${items.map(mimeForError).join(', ')}`,
  )
}

export function contentTypeFor(format: OutputFormat): string {
  switch (format.kind) {
    case 'json':
      return format.stripNulls
        ? 'application/vnd.pgrst.array+json;nulls=stripped; charset=utf-8'
        : 'application/json; charset=utf-8'
    case 'single':
      return format.stripNulls
        ? 'application/vnd.pgrst.object+json;nulls=stripped; charset=utf-8'
        : 'application/vnd.pgrst.object+json; charset=utf-8'
    case 'csv':
      return 'text/csv; charset=utf-8'
  }
}
