// The renderer's pure checks behind each form, fed what staff (or a paste) can type: every answer
// is a valid value or a code with a Dutch message in the app's own words (nl.ts); none throws; a
// valid value checked again is itself (a form that reopens what it saved finds it valid unchanged).
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { amsterdamInstant, isDateString, isTimeString } from '../../../shared/calendar'
import { validateDocument, type AbsenceReason, type DayPart, type Group } from '../../../shared/domain'
import { nl } from '../../../renderer/src/i18n/nl'
import { absenceReport } from '../../../renderer/src/features/attendance/absence-report'
import { flexTopUpEntry } from '../../../renderer/src/features/credits/flex-top-up'
import { manualCreditEntry } from '../../../renderer/src/features/credits/manual-credit'
import { parseHours } from '../../../renderer/src/features/credits/parse-hours'
import { checkTimeRange, normaliseTime } from '../../../renderer/src/features/signup/time-range'
import { parseListDate, parseListKind } from '../../../renderer/src/features/studydays/list-date'
import { judgeSchoolList, parseSchoolList } from '../../../renderer/src/features/studydays/school-list'
import { studyDayProblem } from '../../../renderer/src/features/studydays/study-day-checks'
import { child, credit, placement } from '../../server/sync/checks/documents'
import { fuzzOptions } from './fuzz-runs'
import { oddText } from './hostile-values'

const runs = fuzzOptions(200)

/** A Dutch message exists for the key, and it is not the key itself or empty. */
function expectDutch(key: string): void {
  const message = (nl as Record<string, string>)[key]
  expect(message, `no Dutch message for ${key}`).toBeTypeOf('string')
  expect(message).toMatch(/\S/)
}

/** What staff type in a number, time or date field, and everything else. */
const typed = fc.oneof(
  oddText,
  fc.constantFrom('5', '5,5', '5.5', ' 3 ', '0', '0,0', '-2', '1e3', '12,', ',5', '1.000,5', '99999999', '٣', '５', '8:30', '08.30', '8:5', '24:00', '23:59', '7:60'),
  fc.tuple(fc.integer({ min: -5, max: 30 }), fc.integer({ min: -5, max: 75 }), fc.constantFrom(':', '.', ',', '')).map(([h, m, sep]) => `${h}${sep}${String(m).padStart(2, '0')}`),
  fc.double({ noNaN: false }).map(String),
)
const dateText = fc.oneof(
  typed,
  fc.tuple(fc.integer({ min: 0, max: 35 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 1999, max: 2100 }), fc.constantFrom('-', '/', '.'))
    .map(([d, m, y, sep]) => `${d}${sep}${m}${sep}${y}`),
  fc.tuple(fc.integer({ min: 1999, max: 2100 }), fc.integer({ min: 0, max: 14 }), fc.integer({ min: 0, max: 35 })).map(([y, m, d]) => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`),
)

/** A textarea's text: the dialogs cap reasons and notes at 2000 characters (maxLength), as the documents do. */
const areaText = oddText.map((s) => s.slice(0, 2000))

const today = '2026-03-02'
const at = new Date('2026-03-02T09:00:00.000Z')
const fact = { by: 'marieke.jansen', device: 'pc-1', at }

describe('Tegoed toevoegen (hours and reason)', () => {
  const kind = { ...child('kind-1'), locationIds: ['loc-1'] }
  it('answers a ledger entry or a Dutch reason; a saved entry checks out again as itself', () => {
    fc.assert(fc.property(typed, areaText, (hoursText, reason) => {
      const input = { child: kind, careType: 'KDV' as const, ledger: [], today, ...fact, id: 'handmatig-1', covers: () => true }
      const result = manualCreditEntry({ ...input, hours: parseHours(hoursText), reason })
      if (!result.ok) return expectDutch(`credits.error.${result.code}`)
      expect(validateDocument('ledger', { ...result.entry, _deleted: false }).ok, JSON.stringify(result.entry)).toBe(true)
      expect(manualCreditEntry({ ...input, hours: parseHours(String(result.entry.amount)), reason: result.entry.reason ?? '' })).toEqual(result)
    }), runs)
  })
})

describe('Qflexibel ophogen (hours and note)', () => {
  const kind = { ...child('kind-2', [placement({ id: 'pl-flex', contract: 'qflexibel' })]), locationIds: ['loc-1'] }
  it('answers a ledger entry or a Dutch reason; a saved entry checks out again as itself', () => {
    fc.assert(fc.property(typed, areaText, dateText, (hoursText, note, day) => {
      const input = { child: kind, today: isDateString(day) ? day : today, ...fact, id: 'flex-1', covers: () => true }
      const result = flexTopUpEntry({ ...input, hours: parseHours(hoursText), note })
      if (!result.ok) return expectDutch(`credits.error.${result.code}`)
      expect(validateDocument('ledger', { ...result.entry, _deleted: false }).ok, JSON.stringify(result.entry)).toBe(true)
      expect(flexTopUpEntry({ ...input, hours: parseHours(String(result.entry.amount)), note: result.entry.reason ?? '' })).toEqual(result)
    }), runs)
  })
})

describe('Tijden on a sign-up line (Van, Tot)', () => {
  it('answers canonical times or a Dutch reason; canonical times check out as themselves', () => {
    fc.assert(fc.property(typed, typed, (van, tot) => {
      const verdict = checkTimeRange(van, tot)
      if (!verdict.ok) return expectDutch(`signup.error.${verdict.code}`)
      expect(isTimeString(verdict.start) && isTimeString(verdict.end)).toBe(true)
      expect(checkTimeRange(verdict.start, verdict.end)).toEqual(verdict)
      expect(normaliseTime(verdict.start)).toBe(verdict.start)
    }), runs)
  })
})

describe('Studiedag toevoegen and a school\'s list', () => {
  it('reads a typed date as a calendar date or not at all; a read date reads as itself', () => {
    fc.assert(fc.property(dateText, (text) => {
      const date = parseListDate(text)
      if (date === null) return
      expect(isDateString(date), `${text} → ${date}`).toBe(true)
      expect(parseListDate(date)).toBe(date)
    }), runs)
  })

  it('judges any date for a school with a Dutch reason or none', () => {
    fc.assert(fc.property(dateText, oddText, (date, schoolId) => {
      const problem = studyDayProblem({ schoolId, date, today, enteredIds: new Set() })
      if (problem !== null) expectDutch(`studyDays.error.${problem}`)
      else expect(isDateString(date)).toBe(true)
    }), runs)
  })

  it('reads any pasted list as rows with Dutch reasons for the ones it skips, or refuses it in Dutch', () => {
    const line = fc.tuple(dateText, fc.oneof(oddText, fc.constantFrom('studiedag', 'Schoolsluitingsdag', '')), fc.constantFrom(';', ',', '\t', ' '))
      .map(([d, k, sep]) => `${d}${sep}${k}`)
    const list = fc.oneof(
      fc.array(line, { maxLength: 12 }).map((lines) => lines.join('\n')),
      fc.array(line, { maxLength: 12 }).map((lines) => `datum;soort\r\n${lines.join('\r\n')}`),
      oddText,
    )
    fc.assert(fc.property(list, (text) => {
      const parsed = parseSchoolList(text)
      if (!parsed.ok) return expectDutch(`studyDays.import.refused.${parsed.refusal}`)
      for (const row of judgeSchoolList(parsed.rows, { schoolId: 'school-1', today, enteredIds: new Set() })) {
        expect(row.line).toBeGreaterThanOrEqual(1)
        if (row.verdict !== 'ok') expectDutch(`studyDays.skip.${row.verdict}`)
        else {
          expect(isDateString(row.date ?? '')).toBe(true)
          expect(parseListKind(row.kindText)).toBe(row.kind)
        }
      }
    }), runs)
  })
})

describe('Afwezig melden (day parts, reason, note, Gemeld om)', () => {
  const group: Pick<Group, 'id' | 'careType' | 'dayParts'> = {
    id: 'grp-1', careType: 'KDV',
    dayParts: [
      { dayPart: 'hele dag', start: '07:30', end: '18:30', capacity: 16 }, { dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 },
      { dayPart: 'middag', start: '13:00', end: '18:30', capacity: 16 },
    ],
  }
  const reasons: AbsenceReason[] = ['ziek', 'vakantie', 'overig']
  it('answers absences and credits that are valid documents, or a Dutch reason', () => {
    fc.assert(fc.property(
      fc.subarray<DayPart>(['hele dag', 'ochtend', 'middag']), fc.constantFrom(...reasons), areaText, typed,
      (dayParts, reason, note, time) => {
        // As the dialog does: a time that is not one is refused before the report (absence.error.ongeldige-datum).
        if (!isTimeString(time)) return expectDutch('absence.error.ongeldige-datum')
        const enteredAt = new Date('2026-03-02T11:00:00.000Z')
        const report = absenceReport({
          child: child('kind-1'), group, locationId: 'loc-1', date: today, dayParts, reason, note,
          reportedAt: amsterdamInstant(today, time), enteredAt, by: fact.by, device: fact.device, ledger: [credit('tegoed-1', 2, '2026-02-01')],
        })
        if (!report.ok) return expectDutch(`absence.error.${report.code}`)
        for (const absence of report.absences) expect(validateDocument('absences', { ...absence, _deleted: false }).ok, JSON.stringify(absence)).toBe(true)
        for (const c of report.credits) expect(validateDocument('ledger', { ...c, _deleted: false }).ok, JSON.stringify(c)).toBe(true)
      },
    ), runs)
  })
})
