// Ondertekenen against a real RxDB database (memory storage, with the encryption wrapper and the
// schemas as the app opens it) and a stand-in for main: the line is stored before main hears of it, a retry never
// makes a second line, and a refused draft writes nothing.
import { afterEach, describe, expect, it } from 'vitest'
import { getRxStorageMemory } from 'rxdb/plugins/storage-memory'
import type { Args, Bridge, MethodName, Result, SessionState } from '../../../../../shared/api'
import { openDatabase } from '../../../../../renderer/src/db/database'
import { protectStorage } from '../../../../../renderer/src/db/storage'
import type { LocatiedeskDatabase } from '../../../../../renderer/src/db/collection-types'
import { confirmSigned, signLine, type SignLineInput } from '../../../../../renderer/src/features/signup/signing/sign-line'
import { bsoChild, draft, sheetId, signature } from './fixtures'

const opened: LocatiedeskDatabase[] = []
afterEach(async () => {
  for (const db of opened.splice(0)) if (!db.closed) await db.close()
})

let n = 0
async function pc(): Promise<LocatiedeskDatabase> {
  const db = await openDatabase({
    storage: await protectStorage(getRxStorageMemory(), true), password: 'sleutel-van-deze-pc', name: `signing-${++n}`,
    collections: ['children', 'signuplines'],
  })
  opened.push(db)
  await db.children.insert(bsoChild())
  return db
}

const afterSigning: SessionState = {
  user: { id: 'anouk.devries', name: 'Anouk de Vries', role: 'groepsmedewerker', locationIds: ['loc-goverwelle'] },
  locked: false, mode: 'online', offlineUntil: null, today: [],
  signing: { sheetId, since: '2026-11-30T14:00:00.000Z', draft: null },
}

/** Main's side of session.signing.signed; `lines` is read at the moment main is called. */
function fakeMain(db: LocatiedeskDatabase, failures = 0) {
  const calls: { method: MethodName; linesStored: number }[] = []
  let failing = failures
  const bridge: Pick<Bridge, 'invoke'> = {
    async invoke<M extends MethodName>(method: M, _args: Args<M>): Promise<Result<M>> {
      calls.push({ method, linesStored: (await db.signuplines.find().exec()).length })
      if (failing-- > 0) throw Object.assign(new Error('De verbinding met de app is verbroken.'), { code: 'bridge.gone' })
      return afterSigning as Result<M>
    },
  }
  return { bridge, calls }
}

const input: SignLineInput = {
  sheetId, draft, signature, lineId: '5f0c1d2e-0000-4000-8000-000000000001', now: new Date('2026-11-30T14:05:00.000Z'),
  by: 'anouk.devries', device: 'pc-goverwelle-1',
}

describe('signLine', () => {
  it('stores the line and only then tells main', async () => {
    const db = await pc()
    const main = fakeMain(db)
    const outcome = await signLine({ db, bridge: main.bridge }, input)
    expect(outcome).toEqual({ kind: 'signed', lineId: input.lineId, state: afterSigning })
    expect(main.calls).toEqual([{ method: 'session.signing.signed', linesStored: 1 }])
    const line = await db.signuplines.findOne(input.lineId).exec()
    expect(line?.toJSON()).toMatchObject({ sheetId, childId: 'k-noor', billing: 'inclusief', parentName: 'Eva Visser', signature })
  })

  it('when main does not answer, the line stays stored; the retry tells main again and writes nothing new', async () => {
    const db = await pc()
    const main = fakeMain(db, 1)
    const first = await signLine({ db, bridge: main.bridge }, input)
    expect(first.kind).toBe('saved')
    expect(await db.signuplines.count().exec()).toBe(1)
    expect(await confirmSigned(main.bridge, input.lineId)).toMatchObject({ kind: 'signed' })
    expect(await db.signuplines.count().exec()).toBe(1)
  })

  it('signing the same draft again (a reload before main heard it) meets the first line: still one line, the first signature', async () => {
    const db = await pc()
    const main = fakeMain(db)
    await signLine({ db, bridge: main.bridge }, input)
    const other = { ...signature, strokes: [{ points: [[1, 1, 0, 0.5]] as [number, number, number, number][] }] }
    expect((await signLine({ db, bridge: main.bridge }, { ...input, signature: other, now: new Date('2026-11-30T14:06:00.000Z') })).kind).toBe('signed')
    const lines = await db.signuplines.find().exec()
    expect(lines.map((l) => [l.id, l.signedAt, l.signature.strokes.length])).toEqual([[input.lineId, '2026-11-30T14:05:00.000Z', 1]])
    expect(lines[0]?.signature).toEqual(signature)
  })

  it('writes nothing and does not tell main when the child is not on this PC or has no BSO placement there', async () => {
    const db = await pc()
    const main = fakeMain(db)
    expect(await signLine({ db, bridge: main.bridge }, { ...input, draft: { ...draft, childId: 'k-onbekend' } }))
      .toEqual({ kind: 'refused', code: 'kind-onbekend' })
    expect(await signLine({ db, bridge: main.bridge }, { ...input, sheetId: 'loc-bloemendaal:2026-12-02' }))
      .toEqual({ kind: 'refused', code: 'geen-bso-plaatsing' })
    expect(await db.signuplines.count().exec()).toBe(0)
    expect(main.calls).toEqual([])
  })
})
