// Which sheet was open on Intekenlijsten. Tekenmodus replaces the whole app while a parent signs, so the
// screen is unmounted; when staff leave Tekenmodus they return to the sheet they were on, not to the list.
// Kept in memory only: a restart starts on the list.
export interface OpenSheet {
  locationId: string
  date: string
}

let remembered: OpenSheet | null = null

export const openSheetMemory = {
  get: (): OpenSheet | null => remembered,
  set: (sheet: OpenSheet | null): void => {
    remembered = sheet
  },
}
