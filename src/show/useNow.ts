import { useEffect, useState } from 'react'

/** Date.now(), re-read every `everyMs` while `running` (a countdown ticks; a held clock does not re-render). */
export function useNow(running: boolean, everyMs = 100): number {
  const [now, setNow] = useState(() => Date.now())
  useEffect(() => {
    setNow(Date.now())
    if (!running) return
    const timer = setInterval(() => setNow(Date.now()), everyMs)
    return () => clearInterval(timer)
  }, [running, everyMs])
  return now
}
