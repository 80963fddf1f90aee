// The notice this PC writes for itself when its change of a child's attendance lost a conflict (F7,
// SPEC §6: a losing edit stays visible, never silently dropped). It replicates like any notice; the
// server accepts notices that carry the pushing PC's own deviceId.
import type { AttendanceDay, Notice } from '../../../shared/domain'
import { describeEntry } from '../features/attendance/describe-entry'
import { translator } from '../i18n/translate'
import type { LostEntry } from './merge-attendance'

/** The notice schema's primary key limit. */
const MAX_ID = 200

/** FNV-1a, 32 bit: short and deterministic, only to keep an over-long id inside the limit. */
function fnv1a(text: string): string {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193) >>> 0
  }
  return hash.toString(16).padStart(8, '0')
}

/**
 * One id per lost change on one PC: RxDB may resolve the same conflict again (a retried push), and
 * must meet the notice it wrote before instead of adding a second one. A later, different change of
 * the same child (another rev or time) that loses again gets its own notice.
 */
export function conflictNoticeId(deviceId: string, dayId: string, lost: LostEntry): string {
  const key = `${dayId}:${lost.local.childId}:${lost.local.rev}:${lost.local.at}`
  const id = `conflict:${deviceId}:${key}`
  return id.length <= MAX_ID ? id : `conflict:${fnv1a(deviceId)}:${fnv1a(key)}${fnv1a(`${key}|${deviceId}`)}`
}

export interface ConflictNoticeInput {
  day: Pick<AttendanceDay, 'id' | 'locationId'>
  lost: LostEntry
  deviceId: string
  /** The child's name from the local children collection; the id when it is not known here. */
  childName: string
  /** When this PC found out (server-corrected clock). */
  at: string
}

// Notices are stored in Dutch (the notice schema's `message`), whatever the PC's display language.
const t = translator('nl')

export function conflictNotice(input: ConflictNoticeInput): Notice {
  const { local, winner } = input.lost
  return {
    id: conflictNoticeId(input.deviceId, input.day.id, input.lost),
    deviceId: input.deviceId,
    userId: local.by,
    locationId: input.day.locationId,
    kind: 'conflict',
    collectionName: 'attendance',
    docId: input.day.id,
    code: 'conflict-verloren',
    message: t('notices.conflictLost', {
      child: input.childName,
      change: describeEntry(t, local, winner),
      winner: describeEntry(t, winner, local),
    }).slice(0, 2000),
    winner: { by: winner.by, at: winner.at },
    localChange: { ...local },
    at: input.at,
  }
}
