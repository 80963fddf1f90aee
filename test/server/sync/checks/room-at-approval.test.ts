// R11 at the moment of approval: room in the group that day and day part on the stored picture,
// unless approved without room with a reason.
import { describe, expect, it } from 'vitest'
import type { Absence, Request } from '../../../../shared/domain'
import { absenceId } from '../../../../shared/domain'
import type { SyncDoc } from '../../../../shared/sync'
import { roomAtApproval } from '../../../../server/sync/checks/room-at-approval'
import { roomParts } from '../../../../shared/rules'
import { absence, child, decided, journalEntry, location, now, placement, request, staffIds } from './documents'
import { fakePicture, type PictureData } from './fake-picture'

const t = (hhmm: string) => `2026-11-23T${hhmm}:00.000Z`
// The request is for Wednesday 2 December, hele dag, in grp-1 (KDV).
const submitted = request({ childId: 'nieuw' })
const approve = (base: ReturnType<typeof request> = submitted, extra = {}) => decided(base, 'goedgekeurd', staffIds.groep, t('08:00'), extra)

/** `n` children placed in grp-1 on weekdays for a whole day. */
const placed = (n: number, dayParts: ('ochtend' | 'middag' | 'hele dag')[] = ['hele dag']) =>
  Array.from({ length: n }, (_, i) => child(`kind-${i + 1}`, [placement({ id: `pl-${i + 1}`, dayParts })]))

const judge = (doc: SyncDoc & Request, data: PictureData, stored?: SyncDoc) =>
  roomAtApproval({ collection: 'requests', doc, stored, assumed: stored, now, caller: null }, fakePicture({ locations: [location(3)], ...data }))

const approvedFor = (childId: string, dayPart: Request['dayPart'] = 'hele dag'): Request =>
  ({ ...approve(request({ id: `aanvraag-${childId}`, childId, dayPart })) })

describe('the group\'s day parts a request takes a place in', () => {
  const groups = location().groups
  const kdv = groups[0]!
  const bso = groups[1]!
  it('judges a KDV whole day by its morning and its afternoon, a part by itself', () => {
    expect(roomParts(kdv, 'hele dag').map((p) => p.dayPart)).toEqual(['ochtend', 'middag'])
    expect(roomParts(kdv, 'middag').map((p) => p.dayPart)).toEqual(['middag'])
    expect(roomParts(bso, 'hele dag').map((p) => p.dayPart)).toEqual(['naschools'])
    expect(roomParts(bso, 'voorschools').map((p) => p.dayPart)).toEqual([])
  })
})

describe('room at approval (R11)', () => {
  it('approves while expected + 1 ≤ capacity, and refuses the next one with a message that asks for a reason', async () => {
    expect(await judge(approve(), { children: placed(2) }, submitted)).toBeNull()
    const refused = await judge(approve(), { children: placed(3) }, submitted)
    expect(refused).toMatchObject({ kind: 'geweigerd', code: 'geen-plaats', message: expect.stringMatching(/reden/) })
    expect(refused?.detail).toMatch(/3 expected, capacity 3/)
  })

  it('accepts an approval without room that carries its reason (the reason itself is request-decisions\' to check)', async () => {
    expect(await judge(approve(submitted, { withoutRoom: true, reason: 'Extra medewerker.' }), { children: placed(3) }, submitted)).toBeNull()
  })

  it('counts approved requests for that day, but not other days, other groups or the request itself', async () => {
    const others = [approvedFor('a'), approvedFor('b'), { ...approvedFor('c'), date: '2026-12-03' }, { ...approvedFor('d'), groupId: 'grp-2' }]
    expect(await judge(approve(), { children: placed(1), requests: others }, submitted)).toMatchObject({ code: 'geen-plaats' })
    expect(await judge(approve(), { children: [], requests: [...others, approve()] }, submitted)).toBeNull()
  })

  it('does not count children on another weekday, before their placement starts, or absent', async () => {
    const thursdays = child('do', [placement({ id: 'pl-do', weekdays: [4] })])
    const later = child('later', [placement({ id: 'pl-later', start: '2026-12-03' })])
    expect(await judge(approve(), { children: [...placed(2), thursdays, later] }, submitted)).toBeNull()
    const ill: Absence = absence({ id: absenceId('2026-12-02', 'kind-3', 'hele dag'), childId: 'kind-3', date: '2026-12-02' })
    expect(await judge(approve(), { children: placed(3), absences: [ill] }, submitted)).toBeNull()
    // A corrected absence (a mistaken entry, R12) does not free the place.
    const corrected = journalEntry({ id: `correctie:${ill.id}`, kind: 'correctie', targetId: ill.id, reason: 'Verkeerd kind.' })
    expect(await judge(approve(), { children: placed(3), absences: [ill], journal: [corrected] }, submitted)).toMatchObject({ code: 'geen-plaats' })
  })

  it('judges a KDV whole day in the morning and the afternoon apart: a morning child and an afternoon child share one place', async () => {
    const mornings = placed(2, ['ochtend'])
    const afternoons = ['x', 'y'].map((id) => child(id, [placement({ id: `pl-${id}`, dayParts: ['middag'] })]))
    expect(await judge(approve(), { children: [...mornings, ...afternoons] }, submitted)).toBeNull()
    const fullAfternoon = [...afternoons, child('z', [placement({ id: 'pl-z', dayParts: ['middag'] })])]
    expect((await judge(approve(), { children: [...mornings, ...fullAfternoon] }, submitted))?.detail).toMatch(/middag/)
  })

  it('needs no extra place for a child already expected that day', async () => {
    const own = request({ childId: 'kind-1' })
    expect(await judge(approve(own), { children: placed(3) }, own)).toBeNull()
  })

  it('judges only approvals new in this push: a retry, a rejection or a cancellation takes no place', async () => {
    const approved = approve()
    expect(await judge(approved, { children: placed(5) }, approved)).toBeNull()
    // A second PC approved it too, offline: the first approval took the place (R20 lets it stand).
    expect(await judge(decided(submitted, 'goedgekeurd', staffIds.senior, t('08:03')), { children: placed(5) }, approved)).toBeNull()
    expect(await judge(decided(submitted, 'afgekeurd', staffIds.groep, t('08:00'), { reason: 'Vol.' }), { children: placed(5) }, submitted)).toBeNull()
    expect(await judge(decided(approved, 'geannuleerd', staffIds.groep, t('09:00'), { reason: 'Ziek.' }), { children: placed(5) }, approved)).toBeNull()
  })

  it('refuses an approval in a group the server does not know, and in a day part the group does not have', async () => {
    expect(await judge(approve(request({ groupId: 'grp-9' })), {}, undefined)).toMatchObject({ code: 'onbekende-groep' })
    expect(await judge(approve(request({ groupId: 'grp-2', dayPart: 'voorschools' })), {}, undefined)).toMatchObject({ code: 'geen-plaats' })
  })
})
