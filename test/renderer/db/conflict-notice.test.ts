// A change of this PC that loses a conflict is written down as a notice for this PC: the right
// fields, a Dutch message naming the child and the change, and one notice however often RxDB
// resolves the same conflict.
import { describe, expect, it } from 'vitest'
import type { RxConflictHandlerInput } from 'rxdb'
import type { AttendanceDay, AttendanceEntry, Notice } from '../../../shared/domain'
import { validateDocument } from '../../../shared/domain'
import { createAttendanceConflictHandler, type LostChangeRecorder } from '../../../renderer/src/db/attendance-conflict-handler'
import { conflictNotice, conflictNoticeId } from '../../../renderer/src/db/conflict-notice'
import type { ReplicatedAttendanceDay } from '../../../renderer/src/db/merge-attendance'

const entry = (childId: string, at: string, extra: Partial<AttendanceEntry> = {}): AttendanceEntry =>
  ({ childId, checkIn: at, unplanned: false, wentHome: false, by: 'anouk.devries', device: 'pc-a', at, rev: 1, ...extra })
const day = (entries: AttendanceEntry[]): ReplicatedAttendanceDay => ({
  id: '2026-12-02:grp-egeltjes', date: '2026-12-02', groupId: 'grp-egeltjes', locationId: 'loc-goverwelle',
  entries, updatedAt: '2026-12-02T08:00:00.000Z', _deleted: false,
})

// 08:05 and 08:09 in Amsterdam (UTC+1 in December).
const mine = entry('k-sanne', '2026-12-02T07:05:00.000Z')
const theirs = entry('k-sanne', '2026-12-02T07:09:00.000Z', { by: 'sem.bakker', device: 'pc-b' })

describe('conflictNotice', () => {
  const notice = conflictNotice({ day: day([]), lost: { local: mine, winner: theirs }, deviceId: 'pc-a', childName: 'Sanne de Vries', at: '2026-12-02T09:00:00.000Z' })

  it('is a conflict notice for this PC about the day, with the winner and the losing entry', () => {
    expect(notice).toMatchObject({
      deviceId: 'pc-a', userId: 'anouk.devries', locationId: 'loc-goverwelle', kind: 'conflict',
      collectionName: 'attendance', docId: '2026-12-02:grp-egeltjes', code: 'conflict-verloren',
      winner: { by: 'sem.bakker', at: '2026-12-02T07:09:00.000Z' }, at: '2026-12-02T09:00:00.000Z',
    })
    expect(notice.localChange).toEqual(mine)
    expect(notice.message).toContain('Sanne de Vries')
    expect(notice.message).toContain('Inchecken 08:05')
    expect(notice.message).toContain('Inchecken 08:09')
  })

  it('is a valid notices document', () => {
    expect(validateDocument('notices', notice)).toMatchObject({ ok: true })
  })

  it('has an id that depends on the PC and the lost change only, and fits the schema', () => {
    const again = conflictNotice({ day: day([]), lost: { local: mine, winner: theirs }, deviceId: 'pc-a', childName: 'X', at: '2026-12-03T00:00:00.000Z' })
    expect(again.id).toBe(notice.id)
    expect(conflictNoticeId('pc-b', day([]).id, { local: mine, winner: theirs })).not.toBe(notice.id)
    expect(conflictNoticeId('pc-a', day([]).id, { local: { ...mine, rev: 2 }, winner: theirs })).not.toBe(notice.id)
    const long = conflictNoticeId('d'.repeat(64), `2026-12-02:${'g'.repeat(64)}`, { local: { ...mine, childId: 'k'.repeat(64) }, winner: theirs })
    expect(long.length).toBeLessThanOrEqual(200)
    expect(long).toBe(conflictNoticeId('d'.repeat(64), `2026-12-02:${'g'.repeat(64)}`, { local: { ...mine, childId: 'k'.repeat(64) }, winner: theirs }))
  })
})

describe('the attendance conflict handler', () => {
  function recorder(): LostChangeRecorder & { stored: Map<string, Notice> } {
    const stored = new Map<string, Notice>()
    return {
      stored,
      deviceId: 'pc-a',
      now: () => new Date('2026-12-02T09:00:00.000Z'),
      childName: async (id) => (id === 'k-sanne' ? 'Sanne de Vries' : null),
      async write(notices) {
        for (const n of notices) if (!stored.has(n.id)) stored.set(n.id, n)
      },
    }
  }
  const input = (master: ReplicatedAttendanceDay, local: ReplicatedAttendanceDay, assumed?: ReplicatedAttendanceDay) =>
    ({ realMasterState: master, newDocumentState: local, ...(assumed ? { assumedMasterState: assumed } : {}) }) as RxConflictHandlerInput<AttendanceDay>

  it('settles on the server entry and writes one notice, however often the conflict is resolved', async () => {
    const sink = recorder()
    const handler = createAttendanceConflictHandler(() => sink)
    const other = entry('k-daan', '2026-12-02T07:20:00.000Z')
    for (let i = 0; i < 3; i++) {
      const resolved = await handler.resolve(input(day([theirs]), day([mine, other]), day([])), 'test')
      expect(resolved.entries).toEqual([other, theirs])
    }
    expect([...sink.stored.values()]).toHaveLength(1)
    expect([...sink.stored.values()][0]!.message).toContain('Sanne de Vries')
  })

  it('writes nothing when nothing collided, and names an unknown child by its id', async () => {
    const sink = recorder()
    const handler = createAttendanceConflictHandler(() => sink)
    await handler.resolve(input(day([theirs]), day([entry('k-daan', '2026-12-02T07:20:00.000Z')]), day([])), 'test')
    expect(sink.stored.size).toBe(0)
    await handler.resolve(input(day([{ ...theirs, childId: 'k-x' }]), day([{ ...mine, childId: 'k-x' }])), 'test')
    expect([...sink.stored.values()][0]!.message).toContain('k-x')
  })
})
