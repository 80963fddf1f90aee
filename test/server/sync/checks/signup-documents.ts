// Sign-up sheets, their lines and the journal facts about a line (F6), as PCs push them, around the
// moment of documents.ts (Monday 23 November 2026, 10:00 in Amsterdam): loc-1's sheet for the study
// day of Wednesday 2 December 2026, whose care on invoice goes on the invoice of 10 January 2027 (R15).
import type { JournalEntry, SignupLine, SignupSheet } from '../../../../shared/domain'
import { lineDecisionId, lineWithdrawalId, signupSheetId } from '../../../../shared/domain'
import { staffIds } from './documents'

type Pushed<T> = T & { _deleted: boolean }

export const studyDate = '2026-12-02'
export const studyDateInvoice = '2027-01-10'
export const sheetId = signupSheetId('loc-1', studyDate)

/** 23 November 2026 at hh:mm UTC (the server's now is 09:00). */
export const t = (hhmm: string): string => `2026-11-23T${hhmm}:00.000Z`

export function openSheet(extra: Partial<SignupSheet> = {}): Pushed<SignupSheet> {
  return { id: sheetId, locationId: 'loc-1', date: studyDate, status: 'open', updatedAt: t('08:00'), ...extra, _deleted: false }
}

export function closedSheet(by: string = staffIds.groep, at = t('08:30'), extra: Partial<SignupSheet> = {}): Pushed<SignupSheet> {
  return openSheet({ status: 'gesloten', closedBy: by, closedAt: at, updatedAt: at, ...extra })
}

export function signupLine(id: string, extra: Partial<SignupLine> = {}): Pushed<SignupLine> {
  return {
    id, sheetId, locationId: 'loc-1', date: studyDate, childId: 'kind-1', dayPart: 'hele dag', parentName: 'Eva de Vries',
    signature: { width: 400, height: 150, strokes: [{ points: [[10, 20, 0, 0.5], [30, 40, 16, 0.6]] }] },
    signedAt: t('08:10'), billing: 'factuur', by: staffIds.groep, device: 'pc-goverwelle-1', at: t('08:10'), ...extra, _deleted: false,
  }
}

type LineFact = Pushed<JournalEntry>

function lineFact(id: string, kind: JournalEntry['kind'], lineId: string, by: string, extra: Partial<JournalEntry>): LineFact {
  return { id, kind, locationId: 'loc-1', targetId: lineId, date: studyDate, by, device: `pc-of-${by}`, at: t('08:40'), ...extra, _deleted: false }
}

/** Customer service processed the line: on invoice (with R15's date) or included. */
export function processed(lineId: string, billing: 'factuur' | 'inclusief' = 'factuur', extra: Partial<JournalEntry> = {}): LineFact {
  const data = billing === 'factuur' ? { billing, invoiceDate: studyDateInvoice } : { billing }
  return lineFact(lineDecisionId(lineId), 'verwerkt', lineId, staffIds.klantenservice, { data, ...extra })
}

export function rejected(lineId: string, reason = 'Kind staat niet ingeschreven op deze locatie.', extra: Partial<JournalEntry> = {}): LineFact {
  return lineFact(lineDecisionId(lineId), 'afgewezen', lineId, staffIds.klantenservice, { reason, ...extra })
}

export function withdrawn(lineId: string, reason = 'Ouder heeft afgezegd.', extra: Partial<JournalEntry> = {}): LineFact {
  return lineFact(lineWithdrawalId(lineId), 'intrekking', lineId, staffIds.groep, { reason, ...extra })
}
