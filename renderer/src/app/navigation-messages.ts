// Messages of the navigation between screens: the staff's own names of the screens (SPEC §3).
export const navigationNl = {
  'nav.label': 'Schermen',
  'nav.attendance': 'Aanwezigheidslijst',
  'nav.signup': 'Intekenlijsten',
  'nav.studyDays': 'Studiedagen',
  'nav.processing': 'Intekenlijsten verwerken',
  'nav.request': 'Dag aanvragen',
  'nav.approval': 'Goedkeuren aanvragen',
  'nav.credits': 'Tegoeden',
} as const

export const navigationEn: Record<keyof typeof navigationNl, string> = {
  'nav.label': 'Screens',
  'nav.attendance': 'Aanwezigheidslijst (attendance)',
  'nav.signup': 'Intekenlijsten (sign-up sheets)',
  'nav.studyDays': 'Studiedagen (study days)',
  'nav.processing': 'Intekenlijsten verwerken (process sheets)',
  'nav.request': 'Dag aanvragen (request a day)',
  'nav.approval': 'Goedkeuren aanvragen (approval queue)',
  'nav.credits': 'Tegoeden (balances)',
}
