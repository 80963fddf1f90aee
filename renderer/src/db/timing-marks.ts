// Named moments of a start and a first sync, as User Timing marks ('locatiedesk:…'): they show in
// DevTools' Performance panel and the first-sync benchmark reads them (bench/), to tell where the
// time of a first sync goes. A mark costs microseconds; nothing depends on it.

export const MARK_PREFIX = 'locatiedesk:'

export function mark(name: string): void {
  if (typeof performance !== 'undefined' && typeof performance.mark === 'function') performance.mark(MARK_PREFIX + name)
}
