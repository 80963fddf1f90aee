// The dialogs of the list's row actions, as the browser's own modal <dialog>: it keeps keyboard focus
// inside while open, closes on Escape and gives focus back to the control that opened it, so every
// dialog is keyboard-reachable without code of its own for that. Named by its title.
import { useEffect, useId, useRef, type ReactNode } from 'react'

export interface ModalDialogProps {
  title: string
  onClose: () => void
  children: ReactNode
}

export function ModalDialog({ title, onClose, children }: ModalDialogProps) {
  const ref = useRef<HTMLDialogElement>(null)
  const titleId = useId()
  useEffect(() => {
    const dialog = ref.current
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null
    if (dialog && !dialog.open) dialog.showModal()
    return () => {
      dialog?.close()
      opener?.focus()
    }
  }, [])
  return (
    <dialog ref={ref} className="row-dialog" aria-labelledby={titleId} onClose={onClose}>
      <h2 id={titleId}>{title}</h2>
      {children}
    </dialog>
  )
}
