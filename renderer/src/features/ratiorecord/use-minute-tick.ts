// Today's record runs to now: the screen renders again every minute, so the minutes below the ratio
// grow while a shortage lasts, without a check-in to trigger it. The time itself is read at render
// (server-corrected), so a check-in a second ago is never cut off by a stale clock.
import { useEffect, useState } from 'react'

export function useMinuteTick(): number {
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000)
    return () => clearInterval(timer)
  }, [])
  return tick
}
