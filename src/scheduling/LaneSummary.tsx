import './LaneSummary.css'

/** One piece of a lane summary: plain, a warning (over capacity, overtime, short), or muted (pencilled work). */
export interface LaneSummaryPart {
  text: string
  tone?: 'warning' | 'muted'
}

/**
 * A lane header's summary: short parts to read at a glance, and the same spelled out for the tooltip and screen
 * readers (the short form, "+6 h OT", means little read aloud).
 */
export function LaneSummary({ parts, label }: { parts: readonly LaneSummaryPart[]; label: string }) {
  const warning = parts.some((part) => part.tone === 'warning')
  return (
    <span className={`lane-summary${warning ? ' lane-summary--warning' : ''}`} title={label} data-warning={warning || undefined}>
      <span aria-hidden="true">
        {parts.map((part, index) => (
          <span key={index} className={`lane-summary__part${part.tone ? ` lane-summary__part--${part.tone}` : ''}`}>
            {part.text}
          </span>
        ))}
      </span>
      <span className="ui-visually-hidden">{label}</span>
    </span>
  )
}
