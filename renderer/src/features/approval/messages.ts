// Messages of Goedkeuren aanvragen (F4): the approval queue. Dutch first; English has the same keys.
export const approvalNl = {
} as const

export const approvalEn: Record<keyof typeof approvalNl, string> = {
}
