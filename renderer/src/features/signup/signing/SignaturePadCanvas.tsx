// The pad a parent signs on: szimek/signature_pad on a canvas (pointer events: mouse, pen and finger).
// The canvas's pixels follow its CSS size times devicePixelRatio, so lines stay sharp on any screen;
// when that size changes (window resized, zoom, a tablet turned) the browser wipes the canvas, so the
// strokes drawn so far are scaled to the new size and drawn again: a resize never loses a signature.
import { useEffect, useImperativeHandle, useRef, type Ref } from 'react'
import SignaturePad from 'signature_pad'
import { scaleStrokes, type PadSize } from './pad-resize'
import type { PadStroke } from './signature-data'

export interface PadHandle {
  clear(): void
  /** What was drawn, in CSS pixels of the pad as it is now, and that size. */
  read(): { strokes: PadStroke[]; width: number; height: number }
}

export interface SignaturePadCanvasProps {
  label: string
  /** True once something is drawn, false after Wissen. */
  onInk(hasInk: boolean): void
  disabled?: boolean
  ref?: Ref<PadHandle>
}

export function SignaturePadCanvas({ label, onInk, disabled = false, ref }: SignaturePadCanvasProps) {
  const canvasRef = useRef<HTMLCanvasElement>(null)
  const padRef = useRef<SignaturePad | null>(null)
  const sizeRef = useRef<PadSize>({ width: 0, height: 0 })
  const onInkRef = useRef(onInk)
  onInkRef.current = onInk

  useEffect(() => {
    const canvas = canvasRef.current
    if (!canvas) return
    // minDistance 2: a finger's small signature keeps its shape; the throttle keeps points few.
    const pad = new SignaturePad(canvas, { minWidth: 1, maxWidth: 3.2, minDistance: 2, throttle: 16, penColor: '#111' })
    padRef.current = pad
    let ratio = 0
    const fit = () => {
      const rect = canvas.getBoundingClientRect()
      const size = { width: rect.width, height: rect.height }
      const nextRatio = Math.max(window.devicePixelRatio || 1, 1)
      const before = sizeRef.current
      if (size.width === before.width && size.height === before.height && nextRatio === ratio) return
      const data = scaleStrokes(pad.toData(), before, size)
      canvas.width = Math.round(size.width * nextRatio)
      canvas.height = Math.round(size.height * nextRatio)
      canvas.getContext('2d')?.scale(nextRatio, nextRatio)
      ratio = nextRatio
      sizeRef.current = size
      // clear() first: the library's empty flag must match the wiped canvas before the strokes return.
      pad.clear()
      if (data.length > 0) pad.fromData(data)
    }
    const ended = () => onInkRef.current(!pad.isEmpty())
    pad.addEventListener('endStroke', ended)
    fit()
    const observer = new ResizeObserver(fit)
    observer.observe(canvas)
    // A zoom changes devicePixelRatio without changing the CSS size: the window's resize tells.
    window.addEventListener('resize', fit)
    return () => {
      observer.disconnect()
      window.removeEventListener('resize', fit)
      pad.removeEventListener('endStroke', ended)
      pad.off()
      padRef.current = null
    }
  }, [])

  // While the line is being saved the pad takes no strokes (on() again only after an off()).
  const offRef = useRef(false)
  useEffect(() => {
    const pad = padRef.current
    if (!pad || disabled === offRef.current) return
    if (disabled) pad.off()
    else pad.on()
    offRef.current = disabled
  }, [disabled])

  useImperativeHandle(ref, () => ({
    clear() {
      padRef.current?.clear()
      onInkRef.current(false)
    },
    read() {
      const { width, height } = sizeRef.current
      return { strokes: padRef.current?.toData() ?? [], width, height }
    },
  }), [])

  return <canvas ref={canvasRef} className="signature-pad" aria-label={label} role="img" data-disabled={disabled || undefined} />
}
