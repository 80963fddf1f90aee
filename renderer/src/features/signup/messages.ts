// Messages of Intekenlijsten (F6): the location's sheets, lines and Tekenmodus. Dutch first; English has the same keys (the type makes a missing one an error).
export const signupNl = {
} as const

export const signupEn: Record<keyof typeof signupNl, string> = {
}
