// Messages of Tegoeden (F5): balances and ledger per child, Tegoed toevoegen. Dutch first; English has the same keys (the type makes a missing one an error).
export const creditsNl = {
} as const

export const creditsEn: Record<keyof typeof creditsNl, string> = {
}
