// "Perhaps you meant …" hints. PostgREST uses a fuzzy set (n-gram cosine); a normalized Levenshtein
// similarity with the same thresholds gives the same suggestions for the typos that matter.

function levenshtein(a: string, b: string): number {
  const prev = Array.from({ length: b.length + 1 }, (_, i) => i)
  for (let i = 1; i <= a.length; i++) {
    let diag = prev[0] as number
    prev[0] = i
    for (let j = 1; j <= b.length; j++) {
      const up = prev[j] as number
      prev[j] = Math.min(up + 1, (prev[j - 1] as number) + 1, diag + (a[i - 1] === b[j - 1] ? 0 : 1))
      diag = up
    }
  }
  return prev[b.length] as number
}

export function similarity(a: string, b: string): number {
  const x = a.toLowerCase()
  const y = b.toLowerCase()
  const len = Math.max(x.length, y.length)
  return len === 0 ? 1 : 1 - levenshtein(x, y) / len
}

/** The best candidate at or above `minScore` (none when `skipExact` and the name itself is a candidate). */
export function closest(name: string, candidates: string[], minScore: number, skipExact = false): string[] {
  let best: string | undefined
  let bestScore = minScore
  for (const c of candidates) {
    const s = similarity(name, c)
    if (skipExact && s === 1) return []
    if (s >= bestScore && (best === undefined || s > bestScore)) {
      best = c
      bestScore = s
    }
  }
  return best === undefined ? [] : [best]
}
