// Tekenmodus (F6): what a parent sees while signing, and nothing else. PcApp renders this INSTEAD of
// the shell while main keeps session.signing, so no navigation, no list and no other child's data is in
// the page; only the app's name and the sync state stay on top. `Ondertekenen` writes the line first
// and tells main after (sign-line.ts); only a staff member leaves (LeaveSigningDialog). Escape does
// nothing here: the leave dialog is the one way out, and a reload comes back here (main keeps the draft).
import { useRef, useState } from 'react'
import type { SigningDraft, SigningState } from '../../../../../shared/api'
import { useServices } from '../../../app/app-services'
import { failureMessage } from '../../../app/failure-message'
import { RevokedAlert } from '../../../app/RevokedAlert'
import { serverNow } from '../../../bridge/sync-status'
import { useT } from '../../../i18n/i18n-context'
import type { MessageKey } from '../../../i18n/nl'
import { SyncIndicator } from '../../../ui/SyncIndicator'
import { LeaveSigningDialog } from './LeaveSigningDialog'
import { draftKey, forgetLineId, lineIdFor } from './line-id-store'
import { parseSheetId, type SheetRef } from './sheet-ref'
import { confirmSigned, signLine, type SignLineOutcome } from './sign-line'
import { toSignature } from './signature-data'
import { SignaturePadCanvas, type PadHandle } from './SignaturePadCanvas'
import { SigningSummary } from './SigningSummary'
import { useDraftChild } from './use-draft-child'
import './signing.css'

export function SigningScreen({ signing }: { signing: SigningState }) {
  const t = useT()
  const services = useServices()
  const [leaving, setLeaving] = useState(false)
  const sheet = parseSheetId(signing.sheetId)
  return (
    <>
      <header className="shell-header signing-header">
        <span className="app-name">{t('app.title')}</span>
        <SyncIndicator />
      </header>
      {services.revoked && <RevokedAlert />}
      <main className="signing-screen">
        <h1>{t('signing.title')}</h1>
        {signing.draft && sheet
          ? <SigningForm key={draftKey(signing) ?? ''} signing={signing} draft={signing.draft} sheet={sheet} />
          : <p role="status" className="signing-done">{signing.draft ? t('signing.error.ongeldige-lijst') : t('signing.signed')}</p>}
        <button type="button" className="signing-leave" onClick={() => setLeaving(true)}>{t('signing.leave')}</button>
      </main>
      {leaving && (
        <LeaveSigningDialog
          bridge={services.bridge} sessions={services.sessions} today={services.session.today}
          currentUserId={services.staffId} onClose={() => setLeaving(false)}
        />
      )}
    </>
  )
}

interface SigningFormProps {
  signing: SigningState
  draft: SigningDraft
  sheet: SheetRef
}

function SigningForm({ signing, draft, sheet }: SigningFormProps) {
  const t = useT()
  const services = useServices()
  const child = useDraftChild(services.db, draft.childId)
  const pad = useRef<PadHandle>(null)
  const [hasInk, setHasInk] = useState(false)
  const [busy, setBusy] = useState(false)
  const [problem, setProblem] = useState<string | null>(null)
  // The line is stored but main has not heard it yet: a retry only repeats that step.
  const [unconfirmed, setUnconfirmed] = useState<string | null>(null)
  const allowed = services.permissions.can('intekenlijst.beheren') && services.permissions.covers(sheet.locationId)

  function settle(outcome: SignLineOutcome, key: string) {
    if (outcome.kind === 'signed') {
      forgetLineId(window.sessionStorage, key)
      // The new state has no draft: SigningScreen shows `Getekend…` and this form unmounts.
      services.sessions.accept(outcome.state)
      return
    }
    setBusy(false)
    if (outcome.kind === 'refused') setProblem(t(`signing.error.${outcome.code}` as MessageKey))
    else {
      setUnconfirmed(outcome.lineId)
      setProblem(t('signing.confirmFailed', { message: failureMessage(outcome.error, t) }))
    }
  }

  async function sign() {
    const key = draftKey(signing)
    if (busy || !key) return
    if (!allowed) return setProblem(t('signing.error.geen-recht'))
    setBusy(true)
    setProblem(null)
    try {
      if (unconfirmed) return settle(await confirmSigned(services.bridge, unconfirmed), key)
      const drawn = pad.current?.read()
      const signature = drawn ? toSignature(drawn.strokes, drawn) : null
      if (!signature) {
        setBusy(false)
        return
      }
      const now = serverNow(services.status.current())
      const lineId = lineIdFor(window.sessionStorage, key, () => crypto.randomUUID())
      settle(await signLine(
        { db: services.db, bridge: services.bridge },
        { sheetId: signing.sheetId, draft, signature, lineId, now, by: services.staffId, device: services.deviceId },
      ), key)
    } catch (error) {
      setBusy(false)
      setProblem(t('signing.saveFailed', { message: failureMessage(error, t) }))
    }
  }

  return (
    <>
      <p>{t('signing.intro')}</p>
      <SigningSummary draft={draft} sheet={sheet} child={child} locale={services.info.locale} />
      <div className="signing-pad">
        <SignaturePadCanvas ref={pad} label={t('signing.pad')} onInk={setHasInk} disabled={busy || !!unconfirmed} />
        <p className="signing-pad-hint" aria-hidden="true">{t('signing.padHint')}</p>
      </div>
      <div className="dialog-actions">
        <button type="button" disabled={busy || !!unconfirmed} onClick={() => pad.current?.clear()}>{t('signing.clear')}</button>
        <button type="button" className="signing-submit" disabled={busy || (!hasInk && !unconfirmed)} onClick={() => void sign()}>
          {unconfirmed ? t('signing.retry') : t('signing.sign')}
        </button>
        {busy && <span role="status">{t('signing.saving')}</span>}
      </div>
      {problem && <p role="alert" className="error">{problem}</p>}
    </>
  )
}
