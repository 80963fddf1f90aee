// Facts from the FAQ (../shared/seed/konnect-faq.nl.txt). The FAQ wins over the SPEC where they
// differ (SPEC, top); product decisions where the FAQ is silent live in defaults.ts.
import type { CareType } from '../domain/enums'

/** R1. FAQ "Het lukt niet om extra opvang aanvragen": "maximaal 28 tot 4 dagen van tevoren". */
export const parentRequestWindow = { minDaysAhead: 4, maxDaysAhead: 28 } as const

/**
 * R4. FAQ "Waarom zijn er geen ruiluren opgebouwd?": "KDV voor 8.00 uur, PG voor 8.30 uur,
 * VSO voor 8.00 uur, BSO voor start van de opvang" (BSO: the group's start time that day).
 */
export const accrualDeadlineTimes: Readonly<Record<Exclude<CareType, 'BSO'>, string>> = {
  KDV: '08:00',
  PG: '08:30',
  VSO: '08:00',
}

/** R6. FAQ, same answer: "KDV: 33 uur, PG: 12 uur, VSO: 5 uur, BSO: schoolweken 12 uur; 52-weken 22 uur". */
export const swapHourCaps = { KDV: 33, PG: 12, VSO: 5, BSO: { schoolweken: 12, '52-weken': 22 } } as const

/** R8/R16. FAQ "Ruiluren bekijken en handmatig toevoegen": "tegoed is 120 dagen geldig". */
export const manualCreditValidityDays = 120

/** R13. FAQ "Kan ik een aangevraagd Q-blok annuleren?": "tot 10 dagen van te voren". */
export const qBlockCancelMinDaysAhead = 10

/** R14. FAQ "Mijn Qflexibel tegoed is op": "Tot uiterlijk 1 juli" (month, day; inclusive). */
export const flexTopUpLastDay = { month: 7, day: 1 } as const

/** R14. FAQ: unused hours "vervallen automatisch per 1 januari van het nieuwe jaar". */
export const flexExpiryDay = { month: 1, day: 1 } as const

/** R15. FAQ "Wanneer krijg ik daar de factuur van?": "rond de 10e van de daarop volgende maand". */
export const invoiceDayOfMonth = 10
