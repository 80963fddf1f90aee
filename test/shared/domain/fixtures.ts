// One valid document per collection, typed with the derived types: if a schema and these drift
// apart, this file stops compiling (types) or the validation tests fail (schemas).
import type { DocumentByCollection } from '../../../shared/domain'

const at = '2026-11-23T09:15:00.000Z'
const fact = { by: 'sanne.jansen', device: 'pc-loc-goverwelle-1', at }

export const validDocuments: { [C in keyof DocumentByCollection]: DocumentByCollection[C] } = {
  locations: {
    id: 'loc-goverwelle', name: 'Kindcentrum Goverwelle',
    schools: [{ id: 'school-regenboog', name: 'CBS De Regenboog' }],
    groups: [{
      id: 'grp-goverwelle-1', name: 'De Vlinders', careType: 'KDV', ageFromMonths: 0, ageToMonths: 48,
      dayParts: [{ dayPart: 'ochtend', start: '07:30', end: '13:00', capacity: 16 }],
    }],
    updatedAt: at,
  },
  children: {
    id: 'kind-goverwelle-001', firstName: 'Noor', lastName: 'de Vries', birthDate: '2024-03-14', taxi: false,
    locationIds: ['loc-goverwelle'], medical: { allergies: ['pinda'], notes: '' },
    collectors: [{ name: 'Oma Riet', relation: 'oma', phone: '06-12345678' }],
    parents: [{ rank: 1, name: 'Eva de Vries', phones: ['06-23456789'], emails: ['eva.devries@example.com'],
      signInEmail: 'eva.devries@example.com', portalActivatedAt: at }],
    placements: [{ id: 'pl-1', groupId: 'grp-goverwelle-1', locationId: 'loc-goverwelle', careType: 'KDV',
      contract: 'standaard', weekdays: [1, 3], dayParts: ['hele dag'], start: '2025-01-06' }],
    updatedAt: at,
  },
  attendance: {
    id: '2026-11-23:grp-goverwelle-1', date: '2026-11-23', groupId: 'grp-goverwelle-1', locationId: 'loc-goverwelle',
    entries: [{ childId: 'kind-goverwelle-001', checkIn: at, unplanned: false, wentHome: false, ...fact, rev: 1 }],
    updatedAt: at,
  },
  absences: {
    id: '2026-11-24:kind-goverwelle-001:hele dag', childId: 'kind-goverwelle-001', groupId: 'grp-goverwelle-1',
    locationId: 'loc-goverwelle', careType: 'KDV', date: '2026-11-24', dayPart: 'hele dag',
    reason: { code: 'ziek', note: 'koorts' }, reportedAt: '2026-11-24T06:45:00.000Z', reportedVia: 'ouder', ...fact,
  },
  requests: {
    id: '6f1c2b7e-7d2a-4a7e-9a53-2f0c6f3d1b10', childId: 'kind-goverwelle-001', groupId: 'grp-goverwelle-1',
    locationId: 'loc-goverwelle', careType: 'KDV', contract: 'standaard', date: '2026-12-02', dayPart: 'hele dag',
    kind: 'ruildag', payment: 'ruiluren', hours: 11, submittedVia: 'ouder', status: 'ingediend', decisions: [],
    ...fact, by: 'ouderportaal', device: 'ouderportaal', updatedAt: at,
  },
  ledger: {
    id: 'opgebouwd:2026-11-24:kind-goverwelle-001:hele dag', childId: 'kind-goverwelle-001', locationId: 'loc-goverwelle',
    unit: 'ruiluren', careType: 'KDV', kind: 'opgebouwd', amount: 11, date: '2026-11-24', validUntil: '2027-03-24',
    sourceId: '2026-11-24:kind-goverwelle-001:hele dag', ...fact,
  },
  studydays: {
    id: 'school-regenboog:2026-12-04', schoolId: 'school-regenboog', schoolName: 'CBS De Regenboog',
    date: '2026-12-04', kind: 'studiedag', ...fact,
  },
  signupsheets: { id: 'loc-goverwelle:2026-12-04', locationId: 'loc-goverwelle', date: '2026-12-04', status: 'open', updatedAt: at },
  signuplines: {
    id: '0b8c3c1e-1f0e-4a4f-8c55-55a0f2b8e2d1', sheetId: 'loc-goverwelle:2026-12-04', locationId: 'loc-goverwelle',
    date: '2026-12-04', childId: 'kind-goverwelle-001', dayPart: 'hele dag', parentName: 'Eva de Vries',
    signature: { width: 400, height: 150, strokes: [{ points: [[10, 20, 0, 0.5], [12, 24, 16, 0.6]] }] },
    signedAt: at, billing: 'factuur', ...fact,
  },
  staff: { id: 'sanne.jansen', name: 'Sanne Jansen', role: 'groepsmedewerker', locationIds: ['loc-goverwelle'], active: true, updatedAt: at },
  journal: {
    id: 'ontgrendeld:2026-11-23:grp-goverwelle-1:1', kind: 'ontgrendeld', locationId: 'loc-goverwelle',
    targetId: '2026-11-23:grp-goverwelle-1', date: '2026-11-23', groupId: 'grp-goverwelle-1', ...fact,
  },
  notices: {
    id: 'n-1', deviceId: 'pc-loc-goverwelle-1', kind: 'conflict', collectionName: 'requests',
    docId: '6f1c2b7e-7d2a-4a7e-9a53-2f0c6f3d1b10', code: 'al-beslist', message: 'Een collega heeft deze aanvraag al goedgekeurd.',
    winner: { by: 'piet.bakker', at }, localChange: { status: 'afgekeurd' }, at,
  },
}
