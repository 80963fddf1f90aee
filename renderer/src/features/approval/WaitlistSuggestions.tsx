// F4: when a place frees up where children wait (a rejection, a deletion, an absence), the first in
// line is suggested, with a way to open that request and decide it.
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import type { StoredRequest } from './queue-data'
import type { QueueRow } from './queue-rows'

export function WaitlistSuggestions({ rows, onOpen }: { rows: readonly QueueRow<StoredRequest>[]; onOpen: (id: string) => void }) {
  const t = useT()
  if (rows.length === 0) return null
  return (
    <section className="approval-waitlist" aria-label={t('approval.waitlist.title')}>
      <h2>{t('approval.waitlist.title')}</h2>
      <ul>
        {rows.map(({ request, childName, groupName }) => {
          const date = dutchDate(request.date)
          return (
            <li key={request.id}>
              <strong>{t('approval.waitlist.first', { child: childName })}</strong>{' '}
              <span>{t('approval.waitlist.where', { group: groupName, date, dayPart: request.dayPart })}</span>{' '}
              <button type="button" aria-label={t('approval.openRow', { child: childName, date })} onClick={() => onOpen(request.id)}>{t('approval.open')}</button>
            </li>
          )
        })}
      </ul>
    </section>
  )
}
