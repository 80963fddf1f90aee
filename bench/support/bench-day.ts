// The day a benchmark works on: today, or on a weekend (nobody expected) the Friday before. The
// server's reported clock moves with it, so the app's "today" is that day too.
import { addDays, amsterdamDate, weekday } from '../../shared/calendar'

export function benchDay(): { today: string; clockShiftMs: number } {
  const real = amsterdamDate(new Date())
  const back = ({ 6: 1, 7: 2 } as Record<number, number>)[weekday(real)] ?? 0
  return { today: addDays(real, -back), clockShiftMs: -back * 86_400_000 }
}
