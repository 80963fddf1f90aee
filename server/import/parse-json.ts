// The JSON format (docs/import/import.md): locations with their groups and schools, children with
// their parents, placements (with contract balances per year), collectors, taxi and medical details.
// Keys mirror the documents' own field names (shared/domain/schemas); every problem names its JSON path.
import type { CareType, Collector, GroupDayPart, Medical } from '../../shared/domain'
import {
  amountValue, capacityValue, careTypeValue, contractValue, dateValue, dayPartsOf, dayPartsValue, emailValue, idValue,
  phoneValue, textValue, weekdaysValue, yearValue,
} from './field-values'
import type { ImportBalance, ImportChild, ImportGroup, ImportIssue, ImportLocation, ImportParent, ImportPlacement, ParseOutcome } from './import-set'
import { JsonReader } from './json-reader'
import { jsonSyntaxIssue } from './json-syntax'

export function parseJson(content: string): ParseOutcome {
  let value: unknown
  const text = content.replace(/^\uFEFF/, '')
  try {
    value = JSON.parse(text)
  } catch (error) {
    return { ok: false, errors: [jsonSyntaxIssue(text, error)] }
  }
  const issues: ImportIssue[] = []
  const root = new JsonReader(value, '$', issues)
  root.object(['format', 'version', 'exportedAt', 'locations', 'children'])
  if (root.has('version') && root.field('version').value !== 1) root.field('version').fail('alleen versie 1 wordt gelezen')
  const locations = root.field('locations').items(true).map(readLocation).filter((l) => l !== undefined)
  const groupCare = new Map(locations.flatMap((l) => l.groups.map((g) => [g.id, g.careType] as const)))
  const children = root.field('children').items(true).map((c) => readChild(c, groupCare)).filter((c) => c !== undefined)
  return issues.length > 0 ? { ok: false, errors: issues } : { ok: true, set: { locations, children } }
}

function readLocation(r: JsonReader): ImportLocation | undefined {
  if (r.object(['id', 'name', 'schools', 'groups']) === undefined) return undefined
  const id = r.field('id').parse((v) => idValue(v, 'id'))
  const name = r.field('name').parse((v) => textValue(v, 'name'))
  const schools = r.field('schools').items(true).flatMap((s) => {
    s.object(['id', 'name'])
    const schoolId = s.field('id').parse((v) => idValue(v, 'id'))
    const schoolName = s.field('name').parse((v) => textValue(v, 'name'))
    return schoolId !== undefined && schoolName !== undefined ? [{ id: schoolId, name: schoolName }] : []
  })
  const groups = r.field('groups').items(true).map(readGroup).filter((g) => g !== undefined)
  if (id === undefined || name === undefined) return undefined
  return { id, name, schools, groups, source: { path: r.path } }
}

function readGroup(r: JsonReader): ImportGroup | undefined {
  if (r.object(['id', 'name', 'careType', 'capacity', 'dayParts', 'ageFromMonths', 'ageToMonths']) === undefined) return undefined
  const id = r.field('id').parse((v) => idValue(v, 'id'))
  const name = r.field('name').parse((v) => textValue(v, 'name'))
  const careType = r.field('careType').parse(careTypeValue)
  const capacity = r.has('capacity') ? r.field('capacity').numberBy(capacityValue) : undefined
  const dayParts = r.has('dayParts') && careType !== undefined ? readGroupDayParts(r.field('dayParts'), careType) : undefined
  const ages = (['ageFromMonths', 'ageToMonths'] as const).map((key) => {
    if (!r.has(key)) return undefined
    const n = r.field(key).number()
    return n !== undefined && Number.isInteger(n) && n >= 0 && n <= 216 ? n : r.field(key).fail('hoort een heel aantal maanden (0–216) te zijn')
  })
  if (id === undefined || name === undefined || careType === undefined) return undefined
  return {
    id, name, careType, source: { path: r.path },
    ...(capacity !== undefined ? { capacity } : {}),
    ...(dayParts !== undefined ? { dayParts } : {}),
    ...(ages[0] !== undefined ? { ageFromMonths: ages[0] } : {}),
    ...(ages[1] !== undefined ? { ageToMonths: ages[1] } : {}),
  }
}

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/

function readGroupDayParts(r: JsonReader, careType: CareType): GroupDayPart[] | undefined {
  const parts = r.items().map((p): GroupDayPart | undefined => {
    p.object(['dayPart', 'start', 'end', 'capacity'])
    const dayPart = p.field('dayPart').parse((v) => dayPartsValue([v], careType))?.[0]
    const times = (['start', 'end'] as const).map((key) =>
      p.field(key).parse((v) => (TIME.test(v) ? { ok: true, value: v } : { ok: false, message: `tijd "${v}" is geen uu:mm` })))
    const capacity = p.field('capacity').numberBy(capacityValue)
    if (dayPart === undefined || times[0] === undefined || times[1] === undefined || capacity === undefined) return undefined
    return { dayPart, start: times[0], end: times[1], capacity }
  })
  if (parts.some((p) => p === undefined)) return undefined
  if (parts.length === 0) return r.fail(`een groep heeft minstens één dagdeel (${dayPartsOf(careType).join(', ')})`)
  return parts as GroupDayPart[]
}

function readChild(r: JsonReader, groupCare: ReadonlyMap<string, CareType>): ImportChild | undefined {
  const keys = ['id', 'firstName', 'lastName', 'birthDate', 'schoolId', 'taxi', 'medical', 'collectors', 'parents', 'placements']
  if (r.object(keys) === undefined) return undefined
  const id = r.field('id').parse((v) => idValue(v, 'id'))
  const firstName = r.field('firstName').parse((v) => textValue(v, 'firstName'))
  const lastName = r.field('lastName').parse((v) => textValue(v, 'lastName'))
  const birthDate = r.field('birthDate').parse((v) => dateValue(v, 'birthDate'))
  const schoolId = r.field('schoolId').parse((v) => idValue(v, 'schoolId'), true)
  const taxi = r.field('taxi').boolean(true) ?? false
  const medical = r.has('medical') ? readMedical(r.field('medical')) : undefined
  const collectors = r.has('collectors') ? r.field('collectors').items().map(readCollector) : undefined
  const parentReaders = r.field('parents').items()
  const parents = parentReaders.map((p, i) => readParent(p, i))
  if (parentReaders.length === 0 || parentReaders.length > 2) r.field('parents').fail('een kind heeft één of twee ouders')
  const placements = r.field('placements').items().map((p) => readPlacement(p, groupCare))
  if (id === undefined || firstName === undefined || lastName === undefined || birthDate === undefined
    || parents.some((p) => p === undefined) || placements.some((p) => p === undefined)
    || (collectors !== undefined && collectors.some((c) => c === undefined))) return undefined
  return {
    id, firstName, lastName, birthDate, taxi, source: { path: r.path },
    parents: parents as ImportParent[], placements: placements as ImportPlacement[],
    ...(schoolId !== undefined ? { schoolId } : {}),
    ...(medical !== undefined ? { medical } : {}),
    ...(collectors !== undefined ? { collectors: collectors as Collector[] } : {}),
  }
}

function readMedical(r: JsonReader): Medical | undefined {
  r.object(['allergies', 'notes'])
  const allergies = r.field('allergies').items(true).map((a) => a.parse((v) => textValue(v, 'allergie')))
  const notes = r.field('notes').string(true) ?? ''
  if (notes.length > 2000) return r.field('notes').fail('langer dan 2000 tekens')
  if (allergies.some((a) => a === undefined)) return undefined
  return { allergies: allergies as string[], notes: notes.trim() }
}

function readCollector(r: JsonReader): Collector | undefined {
  r.object(['name', 'relation', 'phone'])
  const name = r.field('name').parse((v) => textValue(v, 'name'))
  const relation = r.field('relation').parse((v) => textValue(v, 'relation'))
  const phone = r.field('phone').parse(phoneValue)
  return name !== undefined && relation !== undefined && phone !== undefined ? { name, relation, phone } : undefined
}

function readParent(r: JsonReader, index: number): ImportParent | undefined {
  r.object(['rank', 'name', 'phones', 'emails'])
  const rank = r.has('rank') ? r.field('rank').number() : index + 1
  if (rank !== 1 && rank !== 2) return r.field('rank').fail('rank is 1 (ouder 1, contracthouder) of 2')
  const name = r.field('name').parse((v) => textValue(v, 'name'))
  const phones = r.field('phones').items(true).map((p) => p.parse(phoneValue))
  const emails = r.field('emails').items(true).map((e) => e.parse(emailValue))
  if (name === undefined || phones.some((p) => p === undefined) || emails.some((e) => e === undefined)) return undefined
  return { rank, name, phones: [...new Set(phones as string[])], emails: [...new Set(emails as string[])] }
}

function readPlacement(r: JsonReader, groupCare: ReadonlyMap<string, CareType>): ImportPlacement | undefined {
  r.object(['id', 'groupId', 'contract', 'weekdays', 'dayParts', 'start', 'end', 'balances'])
  const id = r.field('id').parse((v) => idValue(v, 'id'))
  const groupId = r.field('groupId').parse((v) => idValue(v, 'groupId'))
  const contract = r.field('contract').parse(contractValue)
  const weekdays = r.field('weekdays').check(weekdaysValue(r.field('weekdays').items().map((d) => (typeof d.value === 'number' || typeof d.value === 'string' ? d.value : ''))))
  // The group may be in the file or already stored: its care type is checked against the day parts when the import is planned.
  const careType = groupId !== undefined ? groupCare.get(groupId) : undefined
  const rawParts = r.field('dayParts').items().map((p) => p.string() ?? '')
  const dayParts = careType !== undefined ? r.field('dayParts').check(dayPartsValue(rawParts, careType)) : rawParts as ImportPlacement['dayParts']
  const start = r.field('start').parse((v) => dateValue(v, 'start'))
  const end = r.field('end').parse((v) => dateValue(v, 'end'), true)
  const balances = r.field('balances').items(true).map(readBalance)
  if (id === undefined || groupId === undefined || contract === undefined || weekdays === undefined || dayParts === undefined
    || start === undefined || balances.some((b) => b === undefined)) return undefined
  return {
    id, groupId, contract, weekdays, dayParts, start, balances: balances as ImportBalance[], source: { path: r.path },
    ...(end !== undefined ? { end } : {}),
  }
}

function readBalance(r: JsonReader): ImportBalance | undefined {
  r.object(['year', 'unit', 'amount'])
  const year = r.field('year').numberBy(yearValue)
  const unit = r.field('unit').string()
  if (unit !== undefined && unit !== 'vakantiedagen' && unit !== 'flexuren') return r.field('unit').fail('unit is vakantiedagen of flexuren')
  const amount = r.field('amount').numberBy((n) => amountValue(n, 'amount'))
  if (year === undefined || unit === undefined || amount === undefined) return undefined
  return { year, unit, amount, source: { path: r.path } }
}
