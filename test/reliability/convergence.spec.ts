// Issue 11: convergence under faults, in real Chromium against a real server. Several PCs of one
// location (each its own PC host process, Chromium process with an on-disk profile, and TCP proxy)
// make random changes through the app's screens — the Aanwezigheidslijst (Inchecken, Uitchecken,
// Afwezig melden), Dag aanvragen, Goedkeuren aanvragen, Tegoed toevoegen and a study day's
// Intekenlijst (a line signed in Tekenmodus), each by a user whose role may — while their connections
// are cut, delayed and reset at random, the server is restarted once (same port, same PGlite folder)
// and one PC is killed (SIGKILL of its Chromium and PC host) while its push is on the wire, then
// reopened on the same profile and data folder. At the end every PC holds
// exactly what the server holds for it, and every change a PC reported saved (before the kill too) is
// on the server once or explained by a notice on that PC; the server holds nothing no PC made.
// Short form in `npm test` (3 PCs, 60 steps); CONVERGENCE=long (npm run soak): 5 PCs, 400 steps.
// A failure names its seed: CONVERGENCE_SEED=<seed> replays the same script.
import { expect, test } from '@playwright/test'
import type { Exchange, TcpProxy } from '../support/tcp-proxy'
import { demoUser, type DemoUser } from '../e2e/support/accounts'
import { careDay, ready, syncStatus } from '../e2e/support/attendance-steps'
import { listHeading, registerPc, signIn, signInIfAsked } from '../e2e/support/session-steps'
import { specResources } from '../e2e/support/spec-resources'
import { restartServer, startServer, type TestServer } from '../e2e/support/stack'
import { can } from '../../shared/rules/permissions'
import { describeChange, ledgerProblems, type SavedChange } from './support/change-ledger'
import { crashablePcs, type CrashablePc } from './support/crashable-pc'
import { checkChild, listsOf, reportAbsence, showList, type DeskContext, type DeskList } from './support/desk-actions'
import { addCredit, decideRequest, requestDay, requestSlots, signUpChild, type OfficeContext, type SignUpChild } from './support/office-actions'
import { upcomingStudyDay } from '../e2e/support/signup-steps'
import { signupSheetId } from '../../shared/domain'
import { bounded } from './support/bounded'
import { runSeed, seededRandom, type Random } from './support/seeded-random'
import { deviceTags, localSnapshot, serverSnapshot, snapshotDifferences, withoutRetired, type Snapshot } from './support/stored-documents'
import { addDays, amsterdamDate } from '../../shared/calendar'

const long = process.env.CONVERGENCE === 'long'
/** The long form, or CONVERGENCE_TRACE=1, prints each step as it goes. */
const trace = long || process.env.CONVERGENCE_TRACE === '1'
const stepCount = long ? 400 : 60
const locationId = 'loc-goverwelle'
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
  pc: CrashablePc
  dataDir: string
  profileDir: string
  deviceId: string
}

let server: TestServer | undefined
const resources = specResources()
const crashable = crashablePcs()

test.afterAll(async () => {
  await crashable.closeAll()
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

const withPin = (user: DemoUser) => can(user.role, 'intekenlijst.beheren')

/** The id the server gave the PC at its registration (a PC host prints its own before it has one). */
async function registeredDeviceId(db: TestServer['db'], pcName: string): Promise<string> {
  const rows = await db.query<{ id: string }>('SELECT id FROM devices WHERE name = $1 AND revoked_at IS NULL', [pcName])
  if (rows.length !== 1) throw new Error(`${rows.length} registered PCs named ${pcName}`)
  return rows[0]!.id
}

/** The script: `trail` gets one line per step, attached to a failure. */
async function run(random: Random, trail: string[]): Promise<void> {
  server = await startServer()
  const start = await serverSnapshot(server.db)
  const pcs: SimulatedPc[] = []
  for (const member of crew) {
    const proxy = await resources.proxy(server.port)
    const dataDir = await resources.dir('pc'), profileDir = await resources.dir('profile')
    const pc = await crashable.open({ serverUrl: proxy.url, dataDir, profileDir })
    await registerPc(pc.page, member.registrar, member.name)
    // With the PIN where the user may run a sign-up sheet: leaving Tekenmodus asks it.
    await signIn(pc.page, member.user, { pin: withPin(member.user) })
    const deviceId = await registeredDeviceId(server.db, member.name)
    pcs.push({ name: member.name, user: member.user, proxy, pc, dataDir, profileDir, deviceId })
  }
  for (const p of pcs) await ready(p.pc.page)
  // Who may do what (shared/rules/permissions.ts): check in (R19 location staff), decide requests (R11), add credit (R16).
  const deciders = pcs.filter((p) => can(p.user.role, 'aanvraag.beslissen'))
  const creditors = pcs.filter((p) => can(p.user.role, 'tegoed.toevoegen'))
  const slots = await requestSlots(server.db, locationId, amsterdamDate(new Date()))
  const creditChildren = slots.map((s) => ({ name: s.name }))
  // The location's next study day with children to sign up; when the demo data has none, the run has no sign-ups.
  const studyDay = await upcomingStudyDay(server, locationId, 1, 1).catch((error: unknown) => {
    if (error instanceof Error && error.message.startsWith('no upcoming study day')) return null
    throw error
  })
  const sheet = studyDay && { id: signupSheetId(locationId, studyDay.date), date: studyDay.date, locationName: studyDay.location.name }
  const signUpChildren: SignUpChild[] = (studyDay?.children ?? []).map((c) => ({ name: `${c.firstName} ${c.lastName}`, parent: c.parents[0]?.name ?? 'Ouder' }))
    .filter((c, _, all) => all.filter((o) => o.name === c.name).length === 1)
  const signers = pcs.filter((p) => withPin(p.user))

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
    await expect(listHeading(page)).toBeVisible()
    const now = { date: await page.getByLabel('Datum').inputValue(), groupId: await page.getByLabel('Groep').inputValue() }
    const was = shown.get(p)
    if (was !== undefined && (now.date !== was.date || now.groupId !== was.groupId)) {
      trail.push(`${p.name} showed ${now.date} ${now.groupId} instead of ${was.date} ${was.groupId}`)
      if (trace) console.log(`convergence: ${trail.at(-1)}`)
    }
    if (now.date !== list.date || now.groupId !== list.groupId) await showList(page, list)
    shown.set(p, list)
  }

  const changes: SavedChange[] = []
  const context = (p: SimulatedPc, list: DeskList, step: number): DeskContext => ({
    pc: p.name, page: p.pc.page, userId: p.user.id, deviceId: p.deviceId, date: list.date, groupId: list.groupId, step,
  })
  const office = (p: SimulatedPc, step: number): OfficeContext => ({ pc: p.name, page: p.pc.page, userId: p.user.id, deviceId: p.deviceId, step })
  const restartAt = Math.floor(stepCount / 3) + random.int(Math.max(1, Math.floor(stepCount / 6)))
  const killAt = Math.floor((2 * stepCount) / 3) + random.int(Math.max(1, Math.floor(stepCount / 6)))
  /** How the kill meets the push: its answer held in the proxy, or its request (see killDuringPush). */
  const answerHeld = random.chance(0.5)
  /**
   * A form's own choices (which row, which day part) come from a generator of their own, seeded with one
   * draw: however many choices the screen offered, the script's later steps replay the same.
   */
  const fork = () => seededRandom(random.int(2 ** 31))
  const restartsAt = long ? new Set([restartAt, Math.floor(stepCount / 6), Math.floor((5 * stepCount) / 6)]) : new Set([restartAt])

  for (let step = 0; step < stepCount; step++) {
    const saved = changes.length
    const note = (what: string) => {
      trail.push(`${step}: ${what}${changes.length > saved ? ` → ${changes.slice(saved).map(describeChange).join(', ')}` : ''}`)
      if (trace) console.log(`convergence ${trail.at(-1)}`)
    }
    if (restartsAt.has(step)) {
      server = await bounded('server restart', 60_000, restartServer(server))
      note('server restarted')
      continue
    }
    if (step === killAt) {
      const victim = random.pick(pcs.filter((p) => can(p.user.role, 'aanwezigheid.registreren')))
      const { made, how } = await killDuringPush(victim, step)
      changes.push(...made)
      note(`${victim.name} killed (SIGKILL) during its push, ${how}; reopened`)
      continue
    }
    const roll = random.next()
    if (roll < 0.45) {
      const p = random.pick(pcs)
      const list = random.pick(lists)
      const child = random.pick(list.children)
      await show(p, list)
      if (roll < 0.36) {
        const change = await checkChild(context(p, list, step), child, 'checkIn') ?? await checkChild(context(p, list, step), child, 'checkOut')
        if (change) changes.push(change)
        note(`${p.name} checks ${child} on ${list.date}`)
      } else {
        changes.push(...await reportAbsence(context(p, list, step), child))
        note(`${p.name} reports ${child} absent on ${list.date}`)
      }
    } else if (roll < 0.53 && slots.length > 0) {
      const p = random.pick(pcs)
      const slot = slots.splice(random.int(slots.length), 1)[0]!
      changes.push(...await requestDay(office(p, step), slot, fork()))
      note(`${p.name} requests ${slot.date} for ${slot.childId}`)
      shown.delete(p)
    } else if (roll < 0.6 && deciders.length > 0) {
      const p = random.pick(deciders)
      changes.push(...await decideRequest(office(p, step), fork()))
      note(`${p.name} decides a request`)
      shown.delete(p)
    } else if (roll < 0.65 && creditors.length > 0 && creditChildren.length > 0) {
      const p = random.pick(creditors)
      const child = random.pick(creditChildren)
      changes.push(...await addCredit(office(p, step), child, fork()))
      note(`${p.name} adds credit for ${child.name}`)
      shown.delete(p)
    } else if (roll < 0.7 && sheet && signers.length > 0 && signUpChildren.length > 0) {
      const p = random.pick(signers)
      const child = signUpChildren.splice(random.int(signUpChildren.length), 1)[0]!
      changes.push(...await signUpChild(office(p, step), sheet, child, p.user, fork()))
      note(`${p.name} signs ${child.name} up for ${sheet.date}`)
      shown.delete(p)
    } else {
      const p = random.pick(pcs)
      const fault = random.next()
      if (fault < 0.28) {
        p.proxy.cut()
        note(`${p.name} cut`)
      } else if (fault < 0.62) {
        p.proxy.restore()
        note(`${p.name} restored`)
      } else if (fault < 0.87) {
        const ms = random.pick([0, 0, 50, 200, 500])
        p.proxy.setDelay(ms)
        note(`${p.name} delayed ${ms} ms`)
      } else {
        p.proxy.resetAll()
        note(`${p.name} connections reset`)
      }
    }
  }

  /** Does the server hold this check-in or check-out as the PC stored it? */
  async function onServer(change: SavedChange | undefined): Promise<boolean> {
    if (change?.kind !== 'attendance' || change.value === null) return false
    const rows = await server!.db.query<{ ok: boolean }>(
      `SELECT true AS ok FROM documents WHERE collection = 'attendance' AND id = $1 AND data->'entries' @> $2::jsonb`,
      [change.dayId, JSON.stringify([{ childId: change.childId, [change.field]: change.value }])])
    return rows.length > 0
  }

  /**
   * Kill a PC (SIGKILL of Chromium and the PC host) while the push of its newest change is on the wire,
   * one of two ways at random: the request held in the slow proxy (killed as soon as the proxy has seen
   * its request line: the server may get it after the PC died, or never), or the server's answer held
   * (killed once the server has answered the push: it has judged the change, the PC never hears how,
   * and must push it again without making it twice). The PC has nothing else waiting first, so the push
   * is this change's. Reopened on the same profile, data folder and port. What the PC stored before
   * the kill is saved: the ledger expects it on the server (or a notice on the PC).
   */
  async function killDuringPush(p: SimulatedPc, step: number): Promise<{ made: SavedChange[]; how: string }> {
    p.proxy.restore()
    p.proxy.setDelay(0)
    const page = p.pc.page
    await expect(syncStatus(page)).toContainText('Online', { timeout: 60_000 })
    await expect(syncStatus(page)).toContainText('Alles opgeslagen op de server', { timeout: 60_000 })
    const made: SavedChange[] = []
    p.proxy.setDelay(answerHeld ? 60_000 : 1_500, answerHeld ? 'toClient' : 'toServer')
    const isPush = (e: Exchange) => e.request.startsWith('POST /sync/attendance/push ') && (!answerHeld || e.answered)
    // Late in a long run a list may have every child checked in and out: then the next list.
    for (const list of [...lists].sort(() => random.next() - 0.5)) {
      await show(p, list)
      for (const child of [...list.children].sort(() => random.next() - 0.5)) {
        const seen = p.proxy.exchanges().length
        const change = await checkChild(context(p, list, step), child, 'checkIn') ?? await checkChild(context(p, list, step), child, 'checkOut')
        if (!change) continue
        made.push(change)
        await expect.poll(() => p.proxy.exchanges().slice(seen).some(isPush), { timeout: 30_000, intervals: [10] }).toBe(true)
        break
      }
      if (made.length > 0) break
    }
    if (made.length === 0) throw new Error(`${p.name} had no child left to check in or out on any list: nothing was pushed at the kill`)
    const port = await crashable.kill(p.pc)
    p.proxy.setDelay(0)
    // Whether the server holds the killed push's change right after the kill (or judged it otherwise, or never got it): all must converge.
    const how = `its ${answerHeld ? 'answer' : 'request'} held, the change ${await onServer(made.at(-1)) ? 'on' : 'not on'} the server right after the kill`
    p.pc = await bounded(`reopening ${p.name}`, 60_000, crashable.open({ serverUrl: p.proxy.url, dataDir: p.dataDir, profileDir: p.profileDir, port }))
    await signInIfAsked(p.pc.page, p.user, { pin: withPin(p.user) })
    await ready(p.pc.page)
    shown.delete(p)
    return { made, how }
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
  const counted = new Map<string, number>()
  for (const c of changes) {
    const kind = c.kind === 'fact' ? c.collection : c.kind
    counted.set(kind, (counted.get(kind) ?? 0) + 1)
  }
  console.log(`convergence: saved ${[...counted].map(([k, n]) => `${n} ${k}`).join(', ')}; notices: ${notices.join(', ') || 'none'}`)
  expect(problems).toEqual([])
}
