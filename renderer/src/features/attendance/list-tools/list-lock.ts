// R18: lists start locked (shared/rules listsLockedByDefault). An unlock is a recorded act (a journal
// 'ontgrendeld' entry, unlock-list.ts), not a stored flag that could be left open: it holds on this
// PC, for the staff member who did it, while the list stays open. Leaving the list (another group or
// date, the idle lock, signing out), a reload, or `Lijst vergrendelen` locks it again; after a quick
// switch to another staff member the list is locked for them.
// Kept per database in memory, so the row builder and the list tools, which are siblings on the
// screen, read the same state.
import { BehaviorSubject, distinctUntilChanged, map, type Observable } from 'rxjs'

export interface Unlock {
  listId: string
  /** The staff member who unlocked it. */
  by: string
  /** ISO instant (server-corrected clock). */
  at: string
}

export interface ListLocks {
  /** The unlock of this list, or null while it is locked. */
  unlock$(listId: string): Observable<Unlock | null>
  current(listId: string): Unlock | null
  unlock(unlock: Unlock): void
  lock(listId: string): void
}

const stores = new WeakMap<object, ListLocks>()

function createListLocks(): ListLocks {
  const state = new BehaviorSubject<ReadonlyMap<string, Unlock>>(new Map())
  return {
    unlock$: (listId) => state.pipe(map((unlocks) => unlocks.get(listId) ?? null), distinctUntilChanged()),
    current: (listId) => state.value.get(listId) ?? null,
    unlock(unlock) {
      state.next(new Map(state.value).set(unlock.listId, unlock))
    },
    lock(listId) {
      if (!state.value.has(listId)) return
      const next = new Map(state.value)
      next.delete(listId)
      state.next(next)
    },
  }
}

/** The unlocks of one database (one PC). */
export function listLocks(db: object): ListLocks {
  let locks = stores.get(db)
  if (!locks) {
    locks = createListLocks()
    stores.set(db, locks)
  }
  return locks
}

/** The unlock holds for the one who made it: after a switch to someone else the list is locked. */
export function unlockedFor(unlock: Unlock | null, staffId: string): boolean {
  return unlock !== null && unlock.by === staffId
}
