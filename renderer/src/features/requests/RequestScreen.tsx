// Dag aanvragen (SPEC F3) as a screen of its own: the form, and below it the chosen child's requests.
import { useState } from 'react'
import { useT } from '../../i18n/i18n-context'
import type { ChildOption } from './child-search'
import { ChildRequests } from './ChildRequests'
import { RequestForm } from './RequestForm'
import './requests.css'

export function RequestScreen() {
  const t = useT()
  const [child, setChild] = useState<ChildOption | null>(null)
  return (
    <section className="request-screen" aria-labelledby="request-title">
      <h1 id="request-title">{t('request.title')}</h1>
      <RequestForm onChild={setChild} />
      {child && <ChildRequests childId={child.child.id} name={child.name} />}
    </section>
  )
}
