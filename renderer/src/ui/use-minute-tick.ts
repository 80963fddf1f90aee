// Renders the caller again every minute, for screens whose figures depend on "now" (the ratio on the
// Aanwezigheidslijst, today's Dagverslag BKR): a child checked out at 12:00 leaves the count at 12:00,
// and minutes below the ratio grow while a shortage lasts, without anyone touching the screen. The
// time itself is read at render (server-corrected, SPEC §4), so a check-in a second ago is never cut off.
import { useEffect, useState } from 'react'

export function useMinuteTick(): number {
  const [tick, setTick] = useState(0)
  useEffect(() => {
    const timer = setInterval(() => setTick((n) => n + 1), 60_000)
    return () => clearInterval(timer)
  }, [])
  return tick
}
