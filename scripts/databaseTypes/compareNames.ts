// The Supabase CLI orders names with String#localeCompare; a fixed locale keeps the output the same on every machine.
const collator = new Intl.Collator('en')

/** Orders identifiers as the Supabase CLI does (ICU collation, so `comment_reactions` < `comments` < `Comments`). */
export function compareNames(a: string, b: string): number {
  return collator.compare(a, b)
}
