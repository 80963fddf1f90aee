// Reading a school's list of study days: the shapes schools really send (Dutch Excel's `;`, `,`,
// a header or none, a BOM, Windows line endings) and the rows the preview must skip, with the reason.
import { describe, expect, it } from 'vitest'
import { studyDayId } from '../../../../shared/domain'
import {
  importableDays, judgeSchoolList, MAX_LIST_ROWS, parseSchoolList, type ListRow,
} from '../../../../renderer/src/features/studydays/school-list'

// Tuesday 1 December 2026; 5 and 6 December are a Saturday and a Sunday.
const today = '2026-12-01'
const school = 'school-goverwelle'
const none = new Set<string>()

function rowsOf(text: string): ListRow[] {
  const parsed = parseSchoolList(text)
  if (!parsed.ok) throw new Error(`refused: ${parsed.refusal}`)
  return parsed.rows
}

const judged = (text: string, enteredIds: ReadonlySet<string> = none) =>
  judgeSchoolList(rowsOf(text), { schoolId: school, today, enteredIds }).map((r) => [r.line, r.date, r.kind, r.verdict])

describe('parseSchoolList', () => {
  it('reads `;` with a header (Dutch Excel), Dutch dates and both kinds', () => {
    const parsed = parseSchoolList('Datum;Soort\n2-12-2026;studiedag\n15-01-2027;Schoolsluitingsdag\n')
    expect(parsed).toEqual({
      ok: true, hasHeader: true, rows: [
        { line: 2, dateText: '2-12-2026', kindText: 'studiedag', date: '2026-12-02', kind: 'studiedag' },
        { line: 3, dateText: '15-01-2027', kindText: 'Schoolsluitingsdag', date: '2027-01-15', kind: 'schoolsluitingsdag' },
      ],
    })
  })

  it('reads `,` without a header, ISO dates, an empty kind as studiedag and the short words', () => {
    expect(judged('2026-12-02,\n2026-12-03,sluiting\n2026-12-04,Studie')).toEqual([
      [1, '2026-12-02', 'studiedag', 'ok'],
      [2, '2026-12-03', 'schoolsluitingsdag', 'ok'],
      [3, '2026-12-04', 'studiedag', 'ok'],
    ])
  })

  it('reads a list of dates only (one column, no delimiter to find)', () => {
    expect(judged('02-12-2026\n03-12-2026\n')).toEqual([[1, '2026-12-02', 'studiedag', 'ok'], [2, '2026-12-03', 'studiedag', 'ok']])
  })

  it('ignores a BOM and Windows line endings, and keeps the file\'s line numbers past empty lines', () => {
    const parsed = parseSchoolList('\uFEFFdatum;soort\r\n\r\n02-12-2026;studiedag\r\n;\r\n03-12-2026;schoolsluitingsdag\r\n')
    expect(parsed.ok && parsed.hasHeader).toBe(true)
    expect(parsed.ok && parsed.rows.map((r) => [r.line, r.date, r.kind, r.kindText])).toEqual([
      [3, '2026-12-02', 'studiedag', 'studiedag'],
      [5, '2026-12-03', 'schoolsluitingsdag', 'schoolsluitingsdag'],
    ])
  })

  it('finds the columns by the header\'s names, whatever their order, and reads quoted cells', () => {
    const parsed = parseSchoolList('"Omschrijving";"Datum"\n"Schoolsluiting";"2026-12-02"\n"studiedag; team";"2026-12-03"')
    expect(parsed.ok && parsed.rows.map((r) => [r.date, r.kind, r.kindText])).toEqual([
      ['2026-12-02', 'schoolsluitingsdag', 'Schoolsluiting'],
      ['2026-12-03', null, 'studiedag; team'],
    ])
  })

  it('finds the date column without a header by its content', () => {
    expect(judged('studiedag;2-12-2026\nsluiting;3-12-2026')).toEqual([
      [1, '2026-12-02', 'studiedag', 'ok'], [2, '2026-12-03', 'schoolsluitingsdag', 'ok'],
    ])
  })

  it('refuses an empty list, a header alone, a binary file and more than 1,000 rows', () => {
    expect(parseSchoolList('')).toEqual({ ok: false, refusal: 'leeg' })
    expect(parseSchoolList('\uFEFF\r\n ; \r\n')).toEqual({ ok: false, refusal: 'leeg' })
    expect(parseSchoolList('Datum;Soort\r\n')).toEqual({ ok: false, refusal: 'leeg' })
    expect(parseSchoolList('PK\u0003\u0004\u0000\u0000xl/workbook.xml')).toEqual({ ok: false, refusal: 'geen-tekst' })
    const rows = (n: number) => Array.from({ length: n }, () => '02-12-2026;studiedag').join('\n')
    expect(parseSchoolList(`Datum;Soort\n${rows(MAX_LIST_ROWS)}`).ok).toBe(true)
    expect(parseSchoolList(`Datum;Soort\n${rows(MAX_LIST_ROWS + 1)}`)).toEqual({ ok: false, refusal: 'te-veel-regels' })
    expect(parseSchoolList('x'.repeat(300 * 1024))).toEqual({ ok: false, refusal: 'te-veel-regels' })
  })
})

describe('judgeSchoolList', () => {
  it('skips each bad row with its reason and imports the rest', () => {
    const text = [
      'Datum;Soort',
      '2-12-2026;studiedag', // ok
      '30-02-2027;studiedag', // no such date
      'morgen;studiedag', // not a date
      '2026/12/03;studiedag', // year first with slashes: not a form schools use, refused rather than guessed
      '30-11-2026;studiedag', // yesterday
      '1-12-2026;studiedag', // today: still fine
      '5-12-2026;studiedag', // Saturday
      '7-12-2026;studiedag', // entered before
      '02-12-2026;schoolsluitingsdag', // the same day again
      '8-12-2026;vrije dag', // unknown kind
      '8-12-2026;', // the same date, now fine: the row above is not imported
    ].join('\n')
    const entered = new Set([studyDayId(school, '2026-12-07'), studyDayId('school-other', '2026-12-09')])
    expect(judged(text, entered)).toEqual([
      [2, '2026-12-02', 'studiedag', 'ok'],
      [3, null, 'studiedag', 'ongeldige-datum'],
      [4, null, 'studiedag', 'ongeldige-datum'],
      [5, null, 'studiedag', 'ongeldige-datum'],
      [6, '2026-11-30', 'studiedag', 'in-het-verleden'],
      [7, '2026-12-01', 'studiedag', 'ok'],
      [8, '2026-12-05', 'studiedag', 'weekend'],
      [9, '2026-12-07', 'studiedag', 'al-ingevoerd'],
      [10, '2026-12-02', 'schoolsluitingsdag', 'dubbel-in-de-lijst'],
      [11, '2026-12-08', null, 'onbekende-soort'],
      [12, '2026-12-08', 'studiedag', 'ok'],
    ])
  })

  it('another school\'s day on the same date is no reason to skip', () => {
    expect(judged('9-12-2026', new Set([studyDayId('school-other', '2026-12-09')]))).toEqual([[1, '2026-12-09', 'studiedag', 'ok']])
  })

  it('importableDays gives the ok rows only, each date once', () => {
    const rows = judgeSchoolList(rowsOf('2-12-2026\n2-12-2026\n5-12-2026\n3-12-2026;sluiting'), { schoolId: school, today, enteredIds: none })
    expect(importableDays(rows)).toEqual([{ date: '2026-12-02', kind: 'studiedag' }, { date: '2026-12-03', kind: 'schoolsluitingsdag' }])
  })
})
