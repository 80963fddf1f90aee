// The Noodlijst on screen: one click from the list opens it, ready to print. It shows who is in the
// building of the chosen group's location now (emergency-list.ts), live while it is open, with
// `Afdrukken` and `Opslaan als pdf` of exactly that list.
import { useState } from 'react'
import type { Location } from '../../../../../shared/domain'
import { amsterdamDate, amsterdamTime } from '../../../../../shared/calendar'
import { useServices } from '../../../app/app-services'
import { serverNow } from '../../../bridge/sync-status'
import { useT } from '../../../i18n/i18n-context'
import { ModalDialog } from '../ModalDialog'
import { EmergencyListDocument } from './printable-documents'
import { PrintActions } from './PrintActions'
import { pdfFileName } from './save-pdf'
import { useEmergencyList } from './use-emergency-list'

export function EmergencyDialog({ location, onClose }: { location: Location; onClose: () => void }) {
  const services = useServices()
  const t = useT()
  const now = () => serverNow(services.status.current())
  const [today] = useState(() => amsterdamDate(now()))
  const children = useEmergencyList(services.db, location, today)
  const documentAt = (at: Date, titled: boolean) => (
    <EmergencyListDocument t={t} locationName={location.name} at={at.toISOString()} children={children ?? []} printedBy={services.user.name} titled={titled} />
  )
  return (
    <ModalDialog title={t('emergency.title')} onClose={onClose}>
      <div className="emergency-list">
        {children && documentAt(now(), false)}
      </div>
      <div className="dialog-actions">
        {children && (
          <PrintActions
            document={() => documentAt(now(), true)}
            title={`${t('emergency.title')} ${location.name}`}
            fileName={() => {
              const at = now()
              return pdfFileName([t('emergency.title'), location.name, amsterdamDate(at), amsterdamTime(at).replace(':', '')])
            }}
            lang={services.info.locale}
          />
        )}
        <button type="button" onClick={onClose}>{t('emergency.close')}</button>
      </div>
    </ModalDialog>
  )
}
