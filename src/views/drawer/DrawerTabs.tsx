import { useId, useRef, type KeyboardEvent, type ReactNode } from 'react'

export interface DrawerTab<Key extends string> {
  key: Key
  label: string
}

export interface DrawerTabsProps<Key extends string> {
  tabs: readonly DrawerTab<Key>[]
  active: Key
  onChange(key: Key): void
  /** The active tab's panel. */
  children: ReactNode
  label: string
}

/** ARIA tabs: arrow keys, Home and End move between tabs (and select them); only the active panel is rendered. */
export function DrawerTabs<Key extends string>({ tabs, active, onChange, children, label }: DrawerTabsProps<Key>) {
  const id = useId()
  const refs = useRef(new Map<Key, HTMLButtonElement>())

  function onKeyDown(event: KeyboardEvent) {
    const index = tabs.findIndex((tab) => tab.key === active)
    const next =
      event.key === 'ArrowRight' ? tabs[(index + 1) % tabs.length]
      : event.key === 'ArrowLeft' ? tabs[(index - 1 + tabs.length) % tabs.length]
      : event.key === 'Home' ? tabs[0]
      : event.key === 'End' ? tabs[tabs.length - 1]
      : undefined
    if (!next) return
    event.preventDefault()
    onChange(next.key)
    refs.current.get(next.key)?.focus()
  }

  return (
    <>
      <div className="record-drawer__tabs" role="tablist" aria-label={label} onKeyDown={onKeyDown}>
        {tabs.map((tab) => (
          <button
            key={tab.key}
            ref={(node) => void (node ? refs.current.set(tab.key, node) : refs.current.delete(tab.key))}
            type="button"
            role="tab"
            id={`${id}-${tab.key}`}
            className="record-drawer__tab"
            aria-selected={tab.key === active}
            aria-controls={`${id}-panel`}
            tabIndex={tab.key === active ? 0 : -1}
            onClick={() => onChange(tab.key)}
          >
            {tab.label}
          </button>
        ))}
      </div>
      <div role="tabpanel" id={`${id}-panel`} aria-labelledby={`${id}-${active}`} className="record-drawer__panel">
        {children}
      </div>
    </>
  )
}
