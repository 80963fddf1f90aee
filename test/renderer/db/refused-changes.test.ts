import { describe, expect, it } from 'vitest'
import type { RxConflictHandlerInput } from 'rxdb'
import { createAttendanceConflictHandler } from '../../../renderer/src/db/attendance-conflict-handler'
import type { ReplicatedAttendanceDay } from '../../../renderer/src/db/merge-attendance'
import { pushHandler } from '../../../renderer/src/db/replication'
import type { Bridge } from '../../../shared/api'
import type { AttendanceDay } from '../../../shared/domain'

// A refused change must not loop: after a push the server refused, the attendance conflict handler
// settles on the server's state instead of merging the refused entry back in (and pushing it again).
const entry = (childId: string, rev: number, checkIn: string) =>
  ({ childId, checkIn, unplanned: false, wentHome: false, by: 'anouk.devries', device: 'pc-1', at: checkIn, rev })
const day = (entries: ReturnType<typeof entry>[]): ReplicatedAttendanceDay => ({
  id: '2026-11-23:grp-1', date: '2026-11-23', groupId: 'grp-1', locationId: 'loc-1',
  entries, updatedAt: '2026-11-23T08:00:00.000Z', _deleted: false,
})

function bridgeAnswering(refusedIds: string[], master: ReplicatedAttendanceDay): Bridge {
  return {
    invoke: (async () => ({ conflicts: [master], refused: refusedIds.map((id) => ({ id, code: 'x', message: 'geweigerd' })) })) as Bridge['invoke'],
    on: () => () => undefined,
  }
}

const attendanceConflictHandler = createAttendanceConflictHandler(() => null)
const resolve = (master: ReplicatedAttendanceDay, local: ReplicatedAttendanceDay) =>
  attendanceConflictHandler.resolve({ realMasterState: master, newDocumentState: local } as RxConflictHandlerInput<AttendanceDay>, 'test')

describe('refused changes settle on the server state', () => {
  const master = day([entry('kind-1', 1, '2026-11-23T07:40:00.000Z')])
  const local = day([entry('kind-1', 1, '2026-11-23T07:40:00.000Z'), entry('kind-2', 1, '2026-11-23T07:50:00.000Z')])

  it('merges per child when the server raced, not refused', async () => {
    await pushHandler(bridgeAnswering([], master), 'attendance')([{ newDocumentState: local }] as never)
    const merged = await resolve(master, local)
    expect(merged.entries.map((e: { childId: string }) => e.childId)).toEqual(['kind-1', 'kind-2'])
  })

  it('takes the server state for a refused document, once', async () => {
    await pushHandler(bridgeAnswering([master.id], master), 'attendance')([{ newDocumentState: local }] as never)
    expect(await resolve(master, local)).toEqual(master)
    // The mark is used up: a later, genuine race on the same day merges again.
    expect((await resolve(master, local)).entries).toHaveLength(2)
  })
})
