// `Afdrukken` and `Opslaan als pdf` for one printable document (the day's list, the Noodlijst).
// Afdrukken renders the document into a print-only container beside the app (styles.css hides
// everything else in print) and opens the system's print dialog; Opslaan als pdf sends the same
// document as self-contained HTML through the bridge and says where the file went.
import { useEffect, useState, type ReactElement } from 'react'
import { createPortal } from 'react-dom'
import { useServices } from '../../../app/app-services'
import { failureMessage } from '../../../app/failure-message'
import { useT } from '../../../i18n/i18n-context'
import { printableHtml } from './printable-html'
import { savePdf } from './save-pdf'

export interface PrintActionsProps {
  /** Built when a button is pressed, so that it shows the list as it is at that moment. */
  document: () => ReactElement
  title: string
  fileName: () => string
  lang: string
}

export function PrintActions({ document: makeDocument, title, fileName, lang }: PrintActionsProps) {
  const { bridge } = useServices()
  const t = useT()
  const [printing, setPrinting] = useState<ReactElement | null>(null)
  const [status, setStatus] = useState<{ kind: 'busy' | 'saved' | 'failed'; text: string } | null>(null)

  useEffect(() => {
    if (!printing) return
    // The document is in the page now; the print dialog takes it, and afterwards the page is the app again.
    const done = () => setPrinting(null)
    window.addEventListener('afterprint', done, { once: true })
    window.print()
    return () => window.removeEventListener('afterprint', done)
  }, [printing])

  async function saveAsPdf() {
    setStatus({ kind: 'busy', text: t('listTools.savingPdf') })
    try {
      const path = await savePdf(bridge, printableHtml({ lang, title, body: makeDocument() }), fileName())
      setStatus({ kind: 'saved', text: t('listTools.saved', { path }) })
    } catch (error) {
      setStatus({ kind: 'failed', text: t('listTools.saveFailed', { message: failureMessage(error, t) }) })
    }
  }

  return (
    <>
      <button type="button" onClick={() => setPrinting(makeDocument())}>{t('listTools.print')}</button>
      <button type="button" disabled={status?.kind === 'busy'} onClick={() => void saveAsPdf()}>{t('listTools.savePdf')}</button>
      <span role="status" className={status?.kind === 'failed' ? 'error' : undefined}>{status?.text ?? ''}</span>
      {printing && createPortal(<div className="print-target">{printing}</div>, window.document.body)}
    </>
  )
}
