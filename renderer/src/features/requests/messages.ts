// Messages of Dag aanvragen (F3): a request for a parent, with the payment the rules allow. Dutch first; English has the same keys (the type makes a missing one an error).
export const requestsNl = {
} as const

export const requestsEn: Record<keyof typeof requestsNl, string> = {
}
