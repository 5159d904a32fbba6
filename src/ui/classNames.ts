/** Joins the truthy class names; the one helper every primitive needs, too small for a dependency. */
export function classNames(...names: Array<string | false | null | undefined>): string {
  return names.filter(Boolean).join(' ')
}
