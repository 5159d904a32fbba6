/** A bell outline, drawn inline so the header needs no icon font or extra request. */
export function BellIcon() {
  return (
    <svg className="notification-bell__icon" viewBox="0 0 24 24" width="18" height="18" aria-hidden="true" focusable="false">
      <path
        d="M6 9a6 6 0 1 1 12 0c0 4.5 1.5 6.5 2.5 7.5H3.5C4.5 15.5 6 13.5 6 9Zm4 10.5a2 2 0 0 0 4 0"
        fill="none"
        stroke="currentColor"
        strokeWidth="1.8"
        strokeLinecap="round"
        strokeLinejoin="round"
      />
    </svg>
  )
}
