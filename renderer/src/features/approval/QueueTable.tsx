// The table `Aanvragen`: one row per request with a checkbox to select it for `Acties`, what it asks,
// its status (with its place on the waiting list) and R11's answer for its group that day and day part:
// `Plaats` or `Vol` (the counts per day part in the cell's title). Rows are memoised: ticking one box
// in a queue of hundreds re-renders that row only.
import { memo } from 'react'
import { dutchDate } from '../../i18n/format-instant'
import { useT } from '../../i18n/i18n-context'
import type { Translate } from '../../i18n/translate'
import type { StoredRequest } from './queue-data'
import type { QueueRow } from './queue-rows'
import type { RatioCheck } from './ratio-check'
import { markerKeys, ratioMarker, ratioSentence } from './ratio-text'
import type { RoomAnswer } from './room-lookup'

export interface QueueTableProps {
  rows: readonly QueueRow<StoredRequest>[]
  room: (request: StoredRequest) => RoomAnswer | null
  /** The BKR check (issue 9) beside the room: `Past niet` when the staff planned are too few with this child. */
  ratio: (request: StoredRequest) => RatioCheck | null
  selected: ReadonlySet<string>
  allSelected: boolean
  onToggle: (id: string) => void
  onToggleAll: () => void
  onOpen: (id: string) => void
}

export function statusText(t: Translate, row: Pick<QueueRow<StoredRequest>, 'request' | 'waitlistPosition'>): string {
  const status = t(`request.status.${row.request.status}`)
  return row.waitlistPosition === null ? status : t('approval.waitlistPosition', { status, position: row.waitlistPosition })
}

function roomTitle(t: Translate, answer: RoomAnswer): string {
  return answer.parts.map((p) => t('approval.room.part', { dayPart: p.dayPart, expected: p.expected, capacity: p.capacity })).join('; ')
}

interface RowProps {
  row: QueueRow<StoredRequest>
  answer: RoomAnswer | null
  ratio: RatioCheck | null
  selected: boolean
  onToggle: (id: string) => void
  onOpen: (id: string) => void
}

const Row = memo(function Row({ row, answer, ratio, selected, onToggle, onOpen }: RowProps) {
  const t = useT()
  const { request, childName, groupName } = row
  const date = dutchDate(request.date)
  const room = answer === null ? 'unknown' : answer.room ? 'yes' : 'no'
  const marker = ratioMarker(ratio)
  return (
    <tr data-request-id={request.id} data-group-id={request.groupId} data-status={request.status} aria-selected={selected}>
      <td><input type="checkbox" aria-label={t('approval.selectRow', { child: childName, date })} checked={selected} onChange={() => onToggle(request.id)} /></td>
      <th scope="row">{childName}</th>
      <td>{groupName}</td>
      <td>{date}</td>
      <td>{request.dayPart}</td>
      <td>{t(`request.kind.${request.kind}`)}</td>
      <td>{t(`request.payment.${request.payment}`)}</td>
      <td>{statusText(t, row)}</td>
      <td className={`approval-room approval-room--${room}`} data-room={room} title={answer ? roomTitle(t, answer) : undefined}>
        {t(`approval.room.${room}`)}
      </td>
      <td className={`approval-ratio approval-ratio--${marker}`} data-ratio={marker} title={ratio ? ratioSentence(t, ratio).text : undefined}>
        {t(markerKeys[marker])}
      </td>
      <td>
        <button type="button" aria-label={t('approval.openRow', { child: childName, date })} onClick={() => onOpen(request.id)}>{t('approval.open')}</button>
      </td>
    </tr>
  )
})

export function QueueTable({ rows, room, ratio, selected, allSelected, onToggle, onToggleAll, onOpen }: QueueTableProps) {
  const t = useT()
  return (
    <table className="approval-table" aria-label={t('approval.table')}>
      <thead>
        <tr>
          <th scope="col"><input type="checkbox" aria-label={t('approval.selectAll')} checked={allSelected} onChange={onToggleAll} /></th>
          <th scope="col">{t('approval.col.child')}</th>
          <th scope="col">{t('approval.col.group')}</th>
          <th scope="col">{t('approval.col.date')}</th>
          <th scope="col">{t('approval.col.dayPart')}</th>
          <th scope="col">{t('approval.col.kind')}</th>
          <th scope="col">{t('approval.col.payment')}</th>
          <th scope="col">{t('approval.col.status')}</th>
          <th scope="col">{t('approval.col.room')}</th>
          <th scope="col">{t('approval.col.ratio')}</th>
          <th scope="col">{t('approval.col.open')}</th>
        </tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <Row key={row.request.id} row={row} answer={room(row.request)} ratio={ratio(row.request)} selected={selected.has(row.request.id)} onToggle={onToggle} onOpen={onOpen} />
        ))}
      </tbody>
    </table>
  )
}
