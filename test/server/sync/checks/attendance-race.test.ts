// Found by the load benchmark (bench/server-load.bench.ts): two PCs checking in different children
// of one group-day race on one document. The later push lacks the other PC's entry; judged against
// the stored state it looked like a removal by nobody and was refused ('zonder-auteur', with a
// notice to staff) instead of answered with the conflict its PC merges. A push that really removes
// an entry from the state it is based on is still refused.
import { describe, expect, it } from 'vitest'
import type { SyncDoc } from '../../../../shared/sync'
import { authorMayAct } from '../../../../server/sync/checks/author-rights'
import { attendanceDay, entry, now } from './documents'
import { fakePicture } from './fake-picture'

const judge = (doc: SyncDoc, stored: SyncDoc | undefined, assumed: SyncDoc | undefined) =>
  authorMayAct({ collection: 'attendance', doc, stored, assumed, now, caller: null }, fakePicture())

describe('attendance: a race between two PCs is not a removal', () => {
  const base = attendanceDay([entry('kind-1')])
  // PC b checked in kind-2 on the server meanwhile; PC a checks in kind-3 on the state it knew.
  const stored = attendanceDay([entry('kind-1'), entry('kind-2')])
  const pushed = attendanceDay([entry('kind-1'), entry('kind-3')])

  it('passes a push based on an older state, or on no state (both PCs made the day)', async () => {
    expect(await judge(pushed, stored, base)).toBeNull()
    expect(await judge(attendanceDay([entry('kind-3')]), stored, undefined)).toBeNull()
  })

  it('still refuses removing an entry from the state the push is based on', async () => {
    expect(await judge(pushed, stored, stored)).toMatchObject({ code: 'zonder-auteur' })
  })
})
