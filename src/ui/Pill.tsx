import type { ReactNode } from 'react'
import type { Tone } from './tone'
import './Pill.css'

export interface PillProps {
  tone?: Tone
  children: ReactNode
}

export function Pill({ tone = 'neutral', children }: PillProps) {
  return <span className={`ui-pill ui-pill--${tone}`}>{children}</span>
}
