// The screens of the app and who sees them: a screen is offered only when the role may do its main
// act (shared permission matrix), so a groepsmedewerker never sees customer service's work.
import type { Action } from '../../../shared/rules'
import type { MessageKey } from '../i18n/nl'

export type ScreenId = 'attendance' | 'request' | 'approval' | 'credits' | 'signup' | 'studyDays' | 'processing' | 'childDetails' | 'ratioRecord'

export interface ScreenEntry {
  id: ScreenId
  label: MessageKey
  /** Offered when the user may do this here. */
  action: Action
  /** Also offered for a role that may only do this (the planner decides Qflexibel requests only, R11). */
  orAction?: Action
}

export const screens: readonly ScreenEntry[] = [
  { id: 'attendance', label: 'nav.attendance', action: 'aanwezigheid.bekijken' },
  { id: 'request', label: 'nav.request', action: 'aanvraag.indienen' },
  { id: 'approval', label: 'nav.approval', action: 'aanvraag.beslissen', orAction: 'aanvraag.beslissen.qflexibel' },
  { id: 'credits', label: 'nav.credits', action: 'tegoed.bekijken' },
  { id: 'signup', label: 'nav.signup', action: 'intekenlijst.beheren' },
  { id: 'studyDays', label: 'nav.studyDays', action: 'studiedag.beheren' },
  { id: 'processing', label: 'nav.processing', action: 'intekenregel.verwerken' },
  { id: 'ratioRecord', label: 'nav.ratioRecord', action: 'aanwezigheid.bekijken' },
  { id: 'childDetails', label: 'nav.childDetails', action: 'kind.bekijken' },
]

export function screensFor(can: (action: Action) => boolean): ScreenEntry[] {
  return screens.filter((s) => can(s.action) || (s.orAction !== undefined && can(s.orAction)))
}
