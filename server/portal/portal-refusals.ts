// What the parent channel answers when it will not take a parent's request or absence report: a
// stable code and a Dutch message the portal can show the parent. Rule verdicts (shared/rules) and
// the server's push checks bring their own code and message; these are the channel's own.
export const portalMessages = {
  'kind-onbekend': 'Dit kind is niet bekend bij de kinderopvang.',
  'geen-plaatsing': 'Dit kind heeft geen plaatsing in deze groep.',
  'soort-niet-mogelijk': 'Deze soort aanvraag is bij de plaatsing van dit kind niet mogelijk.',
  'geen-dagdeel': 'Deze groep heeft dit dagdeel niet voor deze soort aanvraag.',
  'betaling-niet-toegestaan': 'Deze aanvraag kan op deze dag niet zo worden betaald.',
  'niet-verwacht': 'Het kind wordt op deze dag en dit dagdeel niet verwacht. Afmelden is dan niet nodig.',
  'datum-verleden': 'Deze datum ligt in het verleden. Afmelden kan alleen voor vandaag of later.',
  'reden-verplicht': 'Geef bij de reden "overig" een korte toelichting.',
  'nummer-al-gebruikt': 'Dit nummer hoort al bij een andere aanvraag. Stuur een nieuwe aanvraag met een nieuw nummer.',
  'ouder-onbekend': 'Deze ouder is niet bekend bij dit kind.',
  'tijd-in-toekomst': 'Het tijdstip van acceptatie ligt in de toekomst.',
} as const

export type PortalRefusalCode = keyof typeof portalMessages

export interface PortalRefusal {
  code: string
  /** For the parent, in Dutch. */
  message: string
}

export function portalRefusal(code: PortalRefusalCode): PortalRefusal {
  return { code, message: portalMessages[code] }
}
