// Which events count as someone at the PC for the idle lock (F1).
// - Only events the browser made from real input (`isTrusted`). RxDB's replication dispatches a
//   `mousemove` of its own on the document every 20 s while it runs (preventHibernateBrowserTab, on
//   because the app replicates whether the window is visible or not): counted, it kept every PC from ever
//   locking, which tests with an idle time under 20 s could not see. Found when a PC's clock jumped a night.
// - A mouse move only when the pointer is somewhere else than at the last move: browsers also send
//   moves without movement to update hover after scrolling.

/** The pointer's last screen position, kept by the caller between events. */
export interface PointerSeen {
  x: number
  y: number
}

/** The part of a DOM input event this looks at. */
export interface InputEventLike {
  type: string
  isTrusted: boolean
  screenX?: number
  screenY?: number
}

export function isRealInput(event: InputEventLike, seen: PointerSeen): boolean {
  if (!event.isTrusted) return false
  if (event.type !== 'mousemove' && event.type !== 'pointermove') return true
  const screenX = event.screenX ?? Number.NaN
  const screenY = event.screenY ?? Number.NaN
  if (screenX === seen.x && screenY === seen.y) return false
  seen.x = screenX
  seen.y = screenY
  return true
}
