// The notices of this PC, newest first, with the names they mention looked up in the local children
// and staff collections; live, so a notice that replicates in (or is marked read) shows at once.
import { useMemo } from 'react'
import { combineLatest, map, of, switchMap, type Observable } from 'rxjs'
import type { Notice } from '../../../../shared/domain'
import { childName } from '../attendance/attendance-rows'
import type { LocatiedeskDatabase } from '../../db/collection-types'
import { useObservable } from '../../ui/use-observable'
import { changedEntry, journalTarget, type NameLookups } from './describe-notice'

export interface NoticesWithNames {
  notices: Notice[]
  names: NameLookups
}

function mentionedChildren(notice: Notice, lineChild: Map<string, string>): string[] {
  const entry = changedEntry(notice)
  const change = notice.localChange as Record<string, unknown> | undefined
  const line = journalTarget(notice)
  return [entry?.childId, typeof change?.childId === 'string' ? change.childId : undefined, line === undefined ? undefined : lineChild.get(line)]
    .filter((id): id is string => !!id)
}

export function noticesWithNames$(db: LocatiedeskDatabase, deviceId: string): Observable<NoticesWithNames> {
  const notices$ = db.notices.find().$.pipe(
    // The server sends a PC only its own notices; a notice without a device is about this PC too.
    map((docs) => docs.map((doc) => doc.toMutableJSON())
      .filter((n) => n.deviceId === undefined || n.deviceId === deviceId)
      .sort((a, b) => Date.parse(b.at) - Date.parse(a.at) || (a.id < b.id ? -1 : 1))),
  )
  return notices$.pipe(
    // A decision or withdrawal names a sign-up line: its child is looked up through the line.
    switchMap((notices) => {
      const lineIds = [...new Set(notices.map(journalTarget).filter((id): id is string => id !== undefined))]
      const lines$ = lineIds.length ? db.signuplines.findByIds(lineIds).$ : of(new Map())
      return lines$.pipe(map((lines) => ({ notices, lineChild: new Map([...lines.values()].map((doc) => [doc.id, doc.childId as string])) })))
    }),
    switchMap(({ notices, lineChild }) => {
      const childIds = [...new Set(notices.flatMap((n) => mentionedChildren(n, lineChild)))]
      const staffIds = [...new Set(notices.flatMap((n) => (n.winner ? [n.winner.by] : [])))]
      const children$ = childIds.length ? db.children.findByIds(childIds).$ : of(new Map())
      const staff$ = staffIds.length ? db.staff.findByIds(staffIds).$ : of(new Map())
      return combineLatest([children$, staff$]).pipe(map(([children, staff]) => {
        const childNames = new Map([...children.values()].map((doc) => [doc.id, childName(doc)]))
        const staffNames = new Map([...staff.values()].map((doc) => [doc.id, doc.name]))
        return {
          notices,
          names: { childName: (id: string) => childNames.get(id), staffName: (id: string) => staffNames.get(id), lineChild: (id: string) => lineChild.get(id) },
        }
      }))
    }),
  )
}

const none: NoticesWithNames = { notices: [], names: { childName: () => undefined, staffName: () => undefined } }

export function useNotices(db: LocatiedeskDatabase, deviceId: string): NoticesWithNames {
  const source$ = useMemo(() => noticesWithNames$(db, deviceId), [db, deviceId])
  return useObservable(source$, none)
}
