// Messages of Studiedagen (F9): study and closing days per school. Dutch first; English has the same keys (the type makes a missing one an error).
export const studyDaysNl = {
} as const

export const studyDaysEn: Record<keyof typeof studyDaysNl, string> = {
}
