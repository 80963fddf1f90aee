// "Now" for the ratio, refreshed every minute (and at once when the inputs change, since the caller
// reads it on every render): a child or staff member checked out at 12:00 leaves the count at 12:00
// even when nobody touches the screen. The server-corrected clock, as check-ins use (SPEC §4).
import { useEffect, useState } from 'react'

export function useMinuteTick(): number {
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000)
    return () => clearInterval(timer)
  }, [])
  return tick
}
