// Messages of Te verwerken (F6, customer service): closed sheets processed into bookings. Dutch first; English has the same keys (the type makes a missing one an error).
export const processingNl = {
} as const

export const processingEn: Record<keyof typeof processingNl, string> = {
}
