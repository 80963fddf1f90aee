// The keyboard check of one screen (issue 10): pressing Tab alone must reach every visible, enabled
// control — button, link, field, select, text area, anything with tabindex="0" — and the control that
// has focus must show it (an outline of some width, or a box shadow: the :focus-visible styles of
// renderer/src/ui/styles.css). With a modal dialog open only the dialog counts: the page behind it
// is inert. A radio group is one Tab stop (arrows move within it), so any of its radios reaches it.
//
// The page records what receives focus (a focusin listener) while the test only presses Tab, so a long
// list costs key presses, not a round trip per press.
import type { Page } from '@playwright/test'

interface TabReport {
  /** Controls Tab never reached. */
  missing: string[]
  /** Controls that had focus without a visible focus indicator. */
  noRing: string[]
}

const interactive = 'button, a[href], input:not([type="hidden"]), select, textarea, [tabindex="0"]'

/** Marks the controls to reach, starts recording focus, and leaves nothing focused. */
function install(selector: string): number {
  type Recorder = { stops: Map<string, string>; reached: Set<string>; noRing: Map<string, string>; listener: (e: FocusEvent) => void }
  const w = window as unknown as { __tabCheck?: Recorder }
  if (w.__tabCheck) document.removeEventListener('focusin', w.__tabCheck.listener, true)
  const modal = document.querySelector('dialog:modal')
  const scope: ParentNode = modal ?? document
  const describe = (el: Element) => {
    const name = el.getAttribute('aria-label') ?? (el as HTMLInputElement).labels?.[0]?.textContent ?? el.textContent ?? ''
    return `<${el.tagName.toLowerCase()}> "${name.trim().replace(/\s+/g, ' ').slice(0, 60)}"`
  }
  const stopOf = (el: Element): string | null => {
    const id = el.getAttribute('data-tab-stop')
    if (id === null) return null
    return el instanceof HTMLInputElement && el.type === 'radio' && el.name !== '' ? `radio:${el.name}` : id
  }
  const stops = new Map<string, string>()
  let n = 0
  for (const el of Array.from(scope.querySelectorAll(selector))) {
    el.removeAttribute('data-tab-stop')
    const control = el as HTMLElement & { disabled?: boolean }
    if (control.disabled === true || control.closest('fieldset:disabled') !== null || control.closest('[inert]') !== null) continue
    if (!control.checkVisibility({ visibilityProperty: true }) || control.getClientRects().length === 0) continue
    control.setAttribute('data-tab-stop', String(n++))
    const stop = stopOf(control)
    if (stop !== null && !stops.has(stop)) stops.set(stop, describe(control))
  }
  const recorder: Recorder = {
    stops, reached: new Set(), noRing: new Map(),
    listener: (event) => {
      const el = event.target
      if (!(el instanceof HTMLElement)) return
      const stop = stopOf(el)
      if (stop === null) return
      recorder.reached.add(stop)
      const style = getComputedStyle(el)
      const outline = style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0
      if (!outline && style.boxShadow === 'none') recorder.noRing.set(stop, describe(el))
    },
  }
  w.__tabCheck = recorder
  document.addEventListener('focusin', recorder.listener, true)
  if (document.activeElement instanceof HTMLElement && (modal === null || modal.contains(document.activeElement))) document.activeElement.blur()
  return stops.size
}

function missingCount(): number {
  const r = (window as unknown as { __tabCheck: { stops: Map<string, string>; reached: Set<string> } }).__tabCheck
  return [...r.stops.keys()].filter((s) => !r.reached.has(s)).length
}

function report(): TabReport {
  const r = (window as unknown as { __tabCheck: { stops: Map<string, string>; reached: Set<string>; noRing: Map<string, string>; listener: (e: FocusEvent) => void } }).__tabCheck
  document.removeEventListener('focusin', r.listener, true)
  return {
    missing: [...r.stops].filter(([s]) => !r.reached.has(s)).map(([, d]) => d),
    noRing: [...r.noRing.values()],
  }
}

/**
 * Tabs through the state shown (at most twice its number of controls, plus a few for the browser's
 * own stops) and describes every control not reached and every focus without a ring. Empty when fine.
 */
export async function keyboardProblems(page: Page): Promise<string[]> {
  const count = await page.evaluate(install, interactive)
  const limit = count * 2 + 10
  for (let pressed = 0; pressed < limit; pressed += 10) {
    for (let i = 0; i < 10; i++) await page.keyboard.press('Tab')
    if ((await page.evaluate(missingCount)) === 0) break
  }
  const { missing, noRing } = await page.evaluate(report)
  return [...missing.map((d) => `not reached by Tab: ${d}`), ...noRing.map((d) => `no visible focus: ${d}`)]
}
