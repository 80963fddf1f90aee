// R4–R7 before saving: `Afwezig melden` shows at once whether and how many swap hours the report
// earns. The amounts come from the shared rules the server checks the credit with (swapHoursEarned,
// swapHoursCap, the child's ledgerBalance(...).capBalance on the care date), so what the dialog
// promises is what is booked and what the server accepts.
import type { CareType, ContractKind, DayPart, GroupDayPart } from '../../../../shared/domain'
import {
  accrualDeadline, dayPartHours, ledgerBalance, swapHoursCap, swapHoursEarned, type LedgerEntryInput,
} from '../../../../shared/rules'

/** Why the report earns what it earns, in the order the FAQ lists the reasons for earning nothing. */
export type EarnVerdict = 'opgebouwd' | 'tot-maximum' | 'maximum-bereikt' | 'te-laat' | 'qflexibel' | 'naar-huis' | 'geen-uren'

export interface PartPreview {
  dayPart: DayPart
  hours: number
  earned: number
  /** R4: the first instant at which a report for this day part is too late. */
  deadline: Date
}

export interface SwapHoursPreview {
  verdict: EarnVerdict
  /** Hours credited by the whole report (all its day parts). */
  earned: number
  /** Hours of the day parts missed. */
  hours: number
  /** The balance the cap is measured against, before this report. */
  balance: number
  cap: number
  parts: PartPreview[]
}

export interface SwapHoursPreviewInput {
  careType: CareType
  contract: ContractKind
  date: string
  /** The group's times of each day part reported absent (BSO: its start is the deadline, R4). */
  parts: readonly Pick<GroupDayPart, 'dayPart' | 'start' | 'end'>[]
  reportedAt: Date
  /** R5: the child was there and went home or was picked up during the day. */
  wentHome: boolean
  /** The child's ledger (any unit and care type: the balance picks swap hours of this care type). */
  ledger: readonly LedgerEntryInput[]
}

function verdictOf(a: SwapHoursPreviewInput, parts: PartPreview[], earned: number, hours: number): EarnVerdict {
  if (a.contract === 'qflexibel') return 'qflexibel'
  if (a.wentHome) return 'naar-huis'
  if (!(hours > 0)) return 'geen-uren'
  const onTime = parts.filter((p) => a.reportedAt.getTime() < p.deadline.getTime())
  if (onTime.length === 0) return 'te-laat'
  if (earned <= 0) return 'maximum-bereikt'
  const onTimeHours = onTime.reduce((n, p) => n + p.hours, 0)
  return earned + 1e-9 < onTimeHours ? 'tot-maximum' : 'opgebouwd'
}

export function previewSwapHours(a: SwapHoursPreviewInput): SwapHoursPreview {
  // Measured as the server measures a credit: the care date's balance, valid plus reserved (R6).
  const balance = ledgerBalance({ entries: a.ledger, unit: 'ruiluren', careType: a.careType, today: a.date }).capBalance
  const cap = swapHoursCap(a.careType, a.contract)
  let credited = 0
  const parts = a.parts.map((part): PartPreview => {
    const hours = dayPartHours(part)
    const careStart = part.start
    const earned = swapHoursEarned({
      careType: a.careType, contract: a.contract, date: a.date, careStart, hours, reportedAt: a.reportedAt,
      wentHome: a.wentHome, balance: balance + credited,
    })
    credited += earned
    return { dayPart: part.dayPart, hours, earned, deadline: accrualDeadline({ careType: a.careType, date: a.date, careStart }) }
  })
  const hours = parts.reduce((n, p) => n + p.hours, 0)
  return { verdict: verdictOf(a, parts, credited, hours), earned: credited, hours, balance, cap, parts }
}

