// F1: lock the shared PC after `timeoutMs` without keyboard, mouse or touch input.
import { useEffect } from 'react'
import { startIdleTimer } from '../../app/idle-timer'
import { isRealInput } from './real-input'

const inputEvents = ['keydown', 'pointerdown', 'pointermove', 'mousedown', 'mousemove', 'wheel', 'touchstart', 'scroll'] as const

export function useIdleLock(timeoutMs: number, active: boolean, onIdle: () => void): void {
  useEffect(() => {
    if (!active || !(timeoutMs > 0)) return
    const timer = startIdleTimer({ timeoutMs, onIdle })
    const seen = { x: Number.NaN, y: Number.NaN }
    const poke = (event: Event) => {
      if (isRealInput(event as MouseEvent, seen)) timer.poke()
    }
    for (const name of inputEvents) window.addEventListener(name, poke, { passive: true, capture: true })
    return () => {
      timer.stop()
      for (const name of inputEvents) window.removeEventListener(name, poke, { capture: true })
    }
  }, [timeoutMs, active, onIdle])
}
