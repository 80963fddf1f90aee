// The Dutch text of the messages the outbox sends a parent: `Nieuw wachtwoord verzenden` (F8) and
// the decision on a request the parent submitted through the portal (R20). Plain text, short, with
// nothing a parent cannot already see in the portal (no staff names, no medical data).
import type { Child, Request } from '../../shared/domain'
import { dateParts } from '../../shared/calendar'

const months = ['januari', 'februari', 'maart', 'april', 'mei', 'juni', 'juli', 'augustus', 'september', 'oktober', 'november', 'december']

/** '2026-12-02' → '2 december 2026' */
export function dutchDate(date: string): string {
  const { year, month, day } = dateParts(date)
  return `${day} ${months[month - 1] ?? ''} ${year}`
}

export function passwordMessage(child: Pick<Child, 'firstName'>, parentName: string): { subject: string; text: string } {
  return {
    subject: 'Nieuw wachtwoord voor het ouderportaal',
    text: [
      `Beste ${parentName},`,
      '',
      `Op uw verzoek heeft de kinderopvang van ${child.firstName} een nieuw wachtwoord voor het ouderportaal voor u aangevraagd.`,
      'U ontvangt van het ouderportaal een bericht met een link om uw nieuwe wachtwoord in te stellen.',
      'Heeft u hier niet om gevraagd? Neem dan contact op met de locatie.',
      '',
      'Met vriendelijke groet,',
      'De kinderopvang',
    ].join('\n'),
  }
}

const outcomes: Readonly<Record<'goedgekeurd' | 'afgekeurd' | 'wachtlijst', string>> = {
  goedgekeurd: 'is goedgekeurd',
  afgekeurd: 'is afgekeurd',
  wachtlijst: 'staat op de wachtlijst. Komt er een plaats vrij, dan hoort u het',
}

export function decisionMessage(
  child: Pick<Child, 'firstName'>, parentName: string, request: Pick<Request, 'kind' | 'date' | 'dayPart'>,
  status: keyof typeof outcomes, reason: string | undefined,
): { subject: string; text: string } {
  const what = `uw aanvraag (${request.kind}) voor ${child.firstName} op ${dutchDate(request.date)}, ${request.dayPart}`
  return {
    subject: `Uw aanvraag voor ${dutchDate(request.date)}: ${status}`,
    text: [
      `Beste ${parentName},`,
      '',
      `${what[0]?.toUpperCase() ?? ''}${what.slice(1)} ${outcomes[status]}.`,
      ...(reason !== undefined && reason.trim() !== '' ? ['', `Toelichting: ${reason.trim()}`] : []),
      '',
      'Met vriendelijke groet,',
      'De kinderopvang',
    ].join('\n'),
  }
}
