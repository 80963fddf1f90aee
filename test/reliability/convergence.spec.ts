// Issue 11: convergence under faults, in real Chromium against a real server. Several PCs of one
// location (each its own PC host, on-disk profile and TCP proxy) make random changes through the
// Aanwezigheidslijst (Inchecken, Uitchecken, Afwezig melden) while their connections are cut, delayed
// and reset at random, the server is restarted once (same port, same PGlite folder) and one PC is
// killed while its push is under way and reopened on the same profile. At the end every PC holds
// exactly what the server holds for it, and every change a PC reported saved is on the server once
// or explained by a notice on that PC; the server holds nothing no PC made.
// Short form in `npm test` (3 PCs, 40 steps); CONVERGENCE=long (npm run soak): 5 PCs, 400 steps.
// A failure names its seed: CONVERGENCE_SEED=<seed> replays the same script.
import { expect, test } from '@playwright/test'
import type { TcpProxy } from '../support/tcp-proxy'
import { demoUser, type DemoUser } from '../e2e/support/accounts'
import { careDay, ready, syncStatus } from '../e2e/support/attendance-steps'
import { listHeading, registerPc, signIn, signInIfAsked } from '../e2e/support/session-steps'
import { specResources } from '../e2e/support/spec-resources'
import { restartServer, startServer, type TestPc, type TestServer } from '../e2e/support/stack'
import { ledgerProblems, type SavedChange } from './support/change-ledger'
import { checkChild, listsOf, reportAbsence, showList, type DeskContext, type DeskList } from './support/desk-actions'
import { bounded } from './support/bounded'
import { runSeed, seededRandom, type Random } from './support/seeded-random'
import { deviceTags, localSnapshot, serverSnapshot, snapshotDifferences, withoutRetired, type Snapshot } from './support/stored-documents'
import { addDays, amsterdamDate } from '../../shared/calendar'

const long = process.env.CONVERGENCE === 'long'
const stepCount = long ? 400 : 40
const manager = demoUser('marieke.jansen')
/** Who works on which PC: group staff, and a manager's PC (long form: a senior and customer service too). */
const crew: { name: string; user: DemoUser; registrar: DemoUser }[] = [
  { name: 'Convergentie A', user: demoUser('anouk.devries'), registrar: manager },
  { name: 'Convergentie B', user: demoUser('sem.bakker'), registrar: manager },
  { name: 'Convergentie kantoor', user: manager, registrar: manager },
  ...(long ? [
    { name: 'Convergentie C', user: demoUser('fatima.elamrani'), registrar: manager },
    { name: 'Convergentie klantenservice', user: demoUser('linda.klantenservice'), registrar: demoUser('linda.klantenservice') },
  ] : []),
]

interface SimulatedPc {
  name: string
  user: DemoUser
  proxy: TcpProxy
  pc: TestPc
  dataDir: string
  profileDir: string
  deviceId: string
}

let server: TestServer | undefined
const resources = specResources()

test.afterAll(async () => {
  await resources.closeAll()
  await server?.close()
})

test.setTimeout(long ? 60 * 60_000 : 240_000)

const seed = runSeed()

test('every PC and the server converge under cut, delayed and reset connections, a server restart and a killed PC', async () => {
  console.log(`convergence: seed ${seed}, ${crew.length} PCs, ${stepCount} steps (replay: CONVERGENCE_SEED=${seed})`)
  const trail: string[] = []
  try {
    await run(seededRandom(seed), trail)
  } catch (error) {
    if (error instanceof Error) error.message = `[CONVERGENCE_SEED=${seed}] ${error.message}`
    await test.info().attach('steps', { body: trail.join('\n'), contentType: 'text/plain' })
    throw error
  }
})

/** A click that cannot happen (something covers the button) fails after 30 s instead of waiting for the test's timeout. */
function bound(pc: TestPc): TestPc {
  pc.context.setDefaultTimeout(30_000)
  return pc
}

function describeChange(c: SavedChange): string {
  return c.kind === 'fact' ? `${c.collection}/${c.id}` : `${c.field} ${c.childId} ${c.value ?? '(replaced)'}`
}

/** The script: `trail` gets one line per step, attached to a failure. */
async function run(random: Random, trail: string[]): Promise<void> {
  server = await startServer()
  const start = await serverSnapshot(server.db)
  const pcs: SimulatedPc[] = []
  for (const member of crew) {
    const proxy = await resources.proxy(server.port)
    const dataDir = await resources.dir('pc'), profileDir = await resources.dir('profile')
    const pc = bound(await resources.openPc({ serverUrl: proxy.url, dataDir, profileDir }))
    await registerPc(pc.page, member.registrar, member.name)
    await signIn(pc.page, member.user)
    pcs.push({ name: member.name, user: member.user, proxy, pc, dataDir, profileDir, deviceId: pc.host.deviceId })
  }
  for (const p of pcs) await ready(p.pc.page)

  // The lists the PCs work on: the care day's groups with children still to check in (short form:
  // the first such group; long form: every such group of the care day and of the weekday before).
  const first = pcs[0]!.pc.page
  const date = careDay(await first.getByLabel('Datum').inputValue())
  const lists = long
    ? [...await listsOf(first, date, 4, 20), ...await listsOf(first, careDay(addDays(date, -1)), 4, 20)]
    : (await listsOf(first, date, 6, 14)).slice(0, 1)
  if (lists.length === 0) throw new Error(`no group with children to check in on ${date}`)
  const shown = new Map<SimulatedPc, DeskList>()
  /** Which list a PC shows is checked before each change: a list the app switched by itself is reported in the trail. */
  const show = async (p: SimulatedPc, list: DeskList) => {
    const page = p.pc.page
    const now = { date: await page.getByLabel('Datum').inputValue(), groupId: await page.getByLabel('Groep').inputValue() }
    const was = shown.get(p)
    if (was !== undefined && (now.date !== was.date || now.groupId !== was.groupId)) {
      trail.push(`${p.name} showed ${now.date} ${now.groupId} instead of ${was.date} ${was.groupId}`)
      if (long) console.log(`convergence: ${trail.at(-1)}`)
    }
    if (now.date !== list.date || now.groupId !== list.groupId) await showList(page, list)
    shown.set(p, list)
  }

  const changes: SavedChange[] = []
  const context = (p: SimulatedPc, list: DeskList, step: number): DeskContext => ({
    pc: p.name, page: p.pc.page, userId: p.user.id, deviceId: p.deviceId, date: list.date, groupId: list.groupId, step,
  })
  const restartAt = Math.floor(stepCount / 3) + random.int(Math.max(1, Math.floor(stepCount / 6)))
  const killAt = Math.floor((2 * stepCount) / 3) + random.int(Math.max(1, Math.floor(stepCount / 6)))
  const restartsAt = long ? new Set([restartAt, Math.floor(stepCount / 6), Math.floor((5 * stepCount) / 6)]) : new Set([restartAt])

  for (let step = 0; step < stepCount; step++) {
    const saved = changes.length
    const note = (what: string) => {
      trail.push(`${step}: ${what}${changes.length > saved ? ` → ${changes.slice(saved).map(describeChange).join(', ')}` : ''}`)
      // The long form runs for minutes: its progress shows as it goes.
      if (long) console.log(`convergence ${trail.at(-1)}`)
    }
    if (restartsAt.has(step)) {
      server = await bounded('server restart', 60_000, restartServer(server))
      note('server restarted')
      continue
    }
    if (step === killAt) {
      const victim = random.pick(pcs)
      changes.push(...await killDuringPush(victim, step))
      note(`${victim.name} killed during a push, reopened`)
      continue
    }
    const p = random.pick(pcs)
    const roll = random.next()
    if (roll < 0.6) {
      const list = random.pick(lists)
      const child = random.pick(list.children)
      await show(p, list)
      if (roll < 0.5) {
        const change = await checkChild(context(p, list, step), child, 'checkIn') ?? await checkChild(context(p, list, step), child, 'checkOut')
        if (change) changes.push(change)
        note(`${p.name} checks ${child} on ${list.date}`)
      } else {
        changes.push(...await reportAbsence(context(p, list, step), child))
        note(`${p.name} reports ${child} absent on ${list.date}`)
      }
    } else if (roll < 0.7) {
      p.proxy.cut()
      note(`${p.name} cut`)
    } else if (roll < 0.82) {
      p.proxy.restore()
      note(`${p.name} restored`)
    } else if (roll < 0.91) {
      const ms = random.pick([0, 0, 50, 200, 500])
      p.proxy.setDelay(ms)
      note(`${p.name} delayed ${ms} ms`)
    } else {
      p.proxy.resetAll()
      note(`${p.name} connections reset`)
    }
  }

  /** Kill a PC while a push of its newest change travels through a slow connection; reopen the same profile. */
  async function killDuringPush(p: SimulatedPc, step: number): Promise<SavedChange[]> {
    p.proxy.restore()
    p.proxy.setDelay(1_500)
    await expect(syncStatus(p.pc.page)).toContainText('Online', { timeout: 60_000 })
    const made: SavedChange[] = []
    const list = random.pick(lists)
    await show(p, list)
    for (const child of [...list.children].sort(() => random.next() - 0.5)) {
      const sent = p.proxy.bytesFromClient()
      const change = await checkChild(context(p, list, step), child, 'checkIn') ?? await checkChild(context(p, list, step), child, 'checkOut')
      if (!change) continue
      made.push(change)
      // The push of it has left the PC and crawls through the slow connection: close renderer and
      // main abruptly now, before the server's answer can come back.
      await expect.poll(() => p.proxy.bytesFromClient() > sent, { timeout: 30_000 }).toBe(true)
      break
    }
    const port = p.pc.host.port
    await bounded(`closing ${p.name}`, 60_000, resources.closePc(p.pc))
    p.proxy.setDelay(0)
    p.pc = bound(await bounded(`reopening ${p.name}`, 60_000, resources.openPc({ serverUrl: p.proxy.url, dataDir: p.dataDir, profileDir: p.profileDir, port })))
    await signInIfAsked(p.pc.page, p.user)
    await ready(p.pc.page)
    shown.delete(p)
    return made
  }

  // The faults end: every connection back, nothing slow.
  for (const p of pcs) {
    p.proxy.restore()
    p.proxy.setDelay(0)
  }
  for (const p of pcs) {
    // Still at work on the list: no PC was locked or signed out by the faults (its steps would have done nothing).
    await expect(listHeading(p.pc.page)).toBeVisible()
    await expect(syncStatus(p.pc.page)).toContainText('Online', { timeout: 60_000 })
    await expect(syncStatus(p.pc.page)).toContainText('Alles opgeslagen op de server', { timeout: 60_000 })
  }
  const db = server.db
  const today = amsterdamDate(new Date())
  // Every PC holds exactly what the server holds for it (its location's documents, its own notices).
  await expect(async () => {
    const differences: string[] = []
    for (const p of pcs) {
      const onServer = withoutRetired(await serverSnapshot(db, await deviceTags(db, p.deviceId)), today)
      const local = await bounded(`reading ${p.name}'s IndexedDB`, 30_000, localSnapshot(p.pc.page))
      differences.push(...snapshotDifferences(withoutRetired(local, today), onServer, { left: p.name, right: 'server' }))
    }
    expect(differences).toEqual([])
  }).toPass({ timeout: 60_000 })

  const end: Snapshot = await serverSnapshot(db)
  const device = new Map(pcs.map((p) => [p.name, p.deviceId]))
  const problems = ledgerProblems({
    changes, start, end,
    noticesOf: (pc) => [...end.notices.values()].filter((n) => n.deviceId === device.get(pc)),
  })
  const notices = [...end.notices.values()].filter((n) => !start.notices.has(String(n.id))).map((n) => `${String(n.collectionName)}:${String(n.code)}`)
  const facts = changes.filter((c) => c.kind === 'fact').length
  console.log(`convergence: ${changes.length - facts} check-ins/outs and ${facts} absences/credits saved, notices: ${notices.join(', ') || 'none'}`)
  expect(problems).toEqual([])
}
