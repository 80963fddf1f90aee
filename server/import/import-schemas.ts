// JSON schemas of POST /import (the OpenAPI document is generated from them). The report's schema
// also decides what Fastify serialises: every field of ImportReport is listed.
const str = { type: 'string' } as const
const int = { type: 'integer' } as const
const list = (items: object) => ({ type: 'array', items }) as const
const obj = (properties: Record<string, object>) => ({ type: 'object', properties, required: Object.keys(properties), additionalProperties: false }) as const

const named = obj({ id: str, name: str })
const group = obj({ id: str, locationId: str, name: str })
const placement = obj({ id: str, childId: str, groupId: str })
const balance = obj({ id: str, childId: str, placementId: str, unit: str, year: int, from: { type: 'number' }, to: { type: 'number' } })
const countNames = [
  'locationsAdded', 'locationsChanged', 'groupsAdded', 'groupsChanged', 'childrenAdded', 'childrenChanged', 'childrenEnded',
  'childrenNotInFile', 'placementsAdded', 'placementsChanged', 'placementsEnded', 'placementsNotInFile', 'balancesAdded',
  'balancesCorrected', 'parentsWithTwoEmails', 'sharedEmails', 'written',
]

export const importReportSchema = obj({
  dryRun: { type: 'boolean' },
  written: int,
  locations: obj({ added: list(named), changed: list(named) }),
  groups: obj({ added: list(group), changed: list(group) }),
  children: obj({ added: list(named), changed: list(named), ended: list(named), notInFile: list(named) }),
  placements: obj({ added: list(placement), changed: list(placement), ended: list(placement), notInFile: list(placement) }),
  balances: obj({ added: list(balance), corrected: list(balance) }),
  parentsWithTwoEmails: list(obj({ childId: str, rank: int, name: str, emails: list(str), signInEmail: { type: ['string', 'null'] } })),
  sharedEmails: list(obj({ childId: str, email: str })),
  parentsWithoutEmail: list(obj({ childId: str, rank: int, name: str })),
  signInReset: list(obj({ childId: str, rank: int, previous: str, now: { type: ['string', 'null'] } })),
  counts: obj(Object.fromEntries(countNames.map((n) => [n, int]))),
})

export const importIssueSchema = {
  type: 'object',
  properties: { line: int, path: str, code: str, message: str },
  required: ['code', 'message'],
  additionalProperties: false,
} as const

export const importErrorSchema = {
  type: 'object',
  properties: {
    statusCode: int, error: str, code: str, message: str,
    errors: list(importIssueSchema), errorCount: int,
  },
  required: ['statusCode', 'error', 'code', 'message'],
} as const

export function importBodySchema(maxChars: number) {
  return {
    type: 'object',
    required: ['format', 'content'],
    additionalProperties: false,
    properties: {
      format: { type: 'string', enum: ['json', 'csv'] },
      content: { type: 'string', minLength: 1, maxLength: maxChars },
      dryRun: { type: 'boolean' },
    },
  } as const
}
