import './OptionPill.css'

/** A select option as a coloured pill; the colour is a palette name ('blue', 'green'...), unknown names are grey. */
export function OptionPill({ label, color }: { label: string; color?: string | undefined }) {
  return (
    <span className="cf-option" data-color={color ?? 'gray'}>
      {label}
    </span>
  )
}
