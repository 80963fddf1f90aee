// A notice as staff read it (F7): what was changed (the collection, the child, and e.g. "Inchecken
// 08:05", built from the losing change kept in the notice), why (the message), and whose change won.
// Pure: names come in through lookups over the local children and staff collections.
import type { AttendanceEntry, Notice } from '../../../../shared/domain'
import { formatInstant } from '../../i18n/format-instant'
import type { MessageKey } from '../../i18n/nl'
import type { Translate } from '../../i18n/translate'
import { describeEntry } from '../attendance/describe-entry'

export interface NameLookups {
  childName(childId: string): string | undefined
  staffName(staffId: string): string | undefined
  /** The child of a sign-up line, for a journal fact about that line (a decision or withdrawal). */
  lineChild?(lineId: string): string | undefined
}

/** The sign-up line a journal notice is about (its target), when the notice is about one. */
export function journalTarget(notice: Pick<Notice, 'collectionName' | 'localChange'>): string | undefined {
  if (notice.collectionName !== 'journal' || !isRecord(notice.localChange)) return undefined
  const { kind, targetId } = notice.localChange
  return (kind === 'intrekking' || kind === 'verwerkt' || kind === 'afgewezen') && typeof targetId === 'string' ? targetId : undefined
}

export interface NoticeView {
  id: string
  kind: string
  what: string
  why: string
  /** "Sem Bakker om 2-12-2026 08:09", null when nobody won (a refusal by a rule). */
  winner: string | null
  at: string
  readAt: string | null
}

type Loose = Record<string, unknown>

function isRecord(value: unknown): value is Loose {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

function looksLikeEntry(value: unknown): value is AttendanceEntry {
  return isRecord(value) && typeof value.childId === 'string' && typeof value.at === 'string'
}

/**
 * The entry a notice is about. A lost conflict keeps the entry itself; a refused attendance day keeps
 * the whole day, of which the author's latest entry is the change that was refused.
 */
export function changedEntry(notice: Pick<Notice, 'localChange' | 'userId'>): AttendanceEntry | null {
  const change = notice.localChange
  if (looksLikeEntry(change)) return change
  if (!isRecord(change) || !Array.isArray(change.entries)) return null
  const entries = change.entries.filter(looksLikeEntry)
  const mine = notice.userId ? entries.filter((e) => e.by === notice.userId) : []
  const candidates = mine.length > 0 ? mine : entries
  return candidates.reduce<AttendanceEntry | null>((latest, e) => (!latest || Date.parse(e.at) > Date.parse(latest.at) ? e : latest), null)
}

function what(t: Translate, notice: Notice, names: NameLookups): string {
  const parts = [t(`collection.${notice.collectionName}` as MessageKey)]
  const change = isRecord(notice.localChange) ? notice.localChange : {}
  if (notice.collectionName === 'attendance') {
    const entry = changedEntry(notice)
    if (entry) {
      parts.push(names.childName(entry.childId) ?? entry.childId)
      const done = describeEntry(t, entry)
      if (done) parts.push(done)
      return parts.join(' · ')
    }
  }
  if (notice.collectionName === 'journal' && typeof change.kind === 'string') parts.push(t(`journal.kind.${change.kind}` as MessageKey))
  const lineId = journalTarget(notice)
  const lineChild = lineId === undefined ? undefined : names.lineChild?.(lineId)
  if (lineChild !== undefined) parts.push(names.childName(lineChild) ?? lineChild)
  if (typeof change.childId === 'string') parts.push(names.childName(change.childId) ?? change.childId)
  if (typeof change.date === 'string') parts.push(change.date)
  if (parts.length === 1) parts.push(notice.docId)
  return parts.join(' · ')
}

export function describeNotice(t: Translate, notice: Notice, names: NameLookups, today?: string): NoticeView {
  const winner = notice.winner
    ? t('notices.winnerValue', { name: names.staffName(notice.winner.by) ?? notice.winner.by, time: formatInstant(notice.winner.at, today) })
    : null
  return {
    id: notice.id,
    kind: t(`notices.kind.${notice.kind}` as MessageKey),
    what: what(t, notice, names),
    why: notice.message,
    winner,
    at: notice.at,
    readAt: notice.readAt ?? null,
  }
}
