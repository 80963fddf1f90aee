// `Soort` in Dag aanvragen (and the parent portal's channel on the server): which kinds of request a child's contract and the date allow, and which
// day parts each kind takes. R3: on a study or closing day of the child's school staff may request
// care, and it is a `studiedag` (R9 bills it); a Qflexibel contract books Q-blocks; a BSO child can
// also have a holiday day, on the invoice (`Extra vakantiedag BSO`) or from the holiday contract
// (`Vakantiedagen BSO (RP)`, only while at least one day is left). The app holds no school-holiday
// calendar, so staff choose a holiday kind themselves.
import type { CareType, ContractKind, DayPart, Group, Payment, RequestKind } from '../domain'

/** What staff choose under `Soort`; `ruildag` is not among them: it is an `extra dag` paid with ruiluren. */
export type FormKind = Exclude<RequestKind, 'ruildag'>

export const formKinds: readonly FormKind[] = ['extra dag', 'Extra vakantiedag BSO', 'Vakantiedagen BSO (RP)', 'studiedag', 'Q-blok']

export function kindsFor(a: { careType: CareType; contract: ContractKind; studyDay: boolean; holidayDays: number }): FormKind[] {
  if (a.studyDay) return ['studiedag']
  if (a.contract === 'qflexibel') return ['Q-blok']
  if (a.careType !== 'BSO') return ['extra dag']
  return a.holidayDays >= 1 ? ['extra dag', 'Extra vakantiedag BSO', 'Vakantiedagen BSO (RP)'] : ['extra dag', 'Extra vakantiedag BSO']
}

/** BSO care is `naschools` on a school day and a `hele dag` in holidays and on study days (SPEC §2). */
export function dayPartsFor(group: Pick<Group, 'careType' | 'dayParts'>, kind: FormKind): DayPart[] {
  const own = group.dayParts.map((p) => p.dayPart)
  if (group.careType !== 'BSO' || kind === 'Q-blok') return own
  const wanted: DayPart = kind === 'extra dag' ? 'naschools' : 'hele dag'
  return own.filter((part) => part === wanted)
}

/** The payments of `paymentOptions` that belong to a kind: a holiday kind names its own way of paying. */
export function paymentsForKind(kind: FormKind, options: readonly Payment[]): Payment[] {
  if (kind === 'Extra vakantiedag BSO') return options.filter((p) => p === 'factuur')
  if (kind === 'Vakantiedagen BSO (RP)') return options.filter((p) => p === 'vakantietegoed')
  return [...options]
}

/** The kind the request document records: an extra day paid with swap hours is a `ruildag`. */
export function documentKind(kind: FormKind, payment: Payment): RequestKind {
  return kind === 'extra dag' && payment === 'ruiluren' ? 'ruildag' : kind
}
