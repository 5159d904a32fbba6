/** What a table cell shows for a missing value: a quiet dash on screen, the word "None" to a screen reader. */
export function EmptyValue() {
  return (
    <>
      <span className="ui-muted" aria-hidden="true">
        —
      </span>
      <span className="ui-visually-hidden">None</span>
    </>
  )
}
