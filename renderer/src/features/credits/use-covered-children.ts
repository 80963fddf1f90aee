// The children of the locations this user on this PC covers (R19), as a live query: a child that
// arrives with the first sync can be chosen as soon as it is stored. Tegoeden and Kindgegevens pick from it.
import { useMemo } from 'react'
import type { Child } from '../../../../shared/domain'
import { useServices } from '../../app/app-services'
import { useObservable } from '../../ui/use-observable'
import { coveredChildren } from './child-search'
import { allChildren$ } from './credits-data'

export function useCoveredChildren(): Child[] {
  const services = useServices()
  const children$ = useMemo(() => allChildren$(services.db), [services.db])
  const all = useObservable<Child[]>(children$, [])
  const { covers } = services.permissions
  return useMemo(() => coveredChildren(all, covers), [all, covers])
}
