// Subscribes a component to an RxJS observable (RxDB queries, sync state): the component shows the
// latest value and re-renders on every new one, which is how replicated changes appear without reload.
import { useEffect, useState } from 'react'
import type { Observable } from 'rxjs'

export function useObservable<T>(source$: Observable<T> | null, initial: T): T {
  const [value, setValue] = useState<T>(initial)
  useEffect(() => {
    if (!source$) return
    const subscription = source$.subscribe(setValue)
    return () => subscription.unsubscribe()
  }, [source$])
  return value
}
