// The demo organisation's fixed frame: six locations around Gouda and Alphen (the FAQ's
// organisation is in the 0182 area) and the schools near each. Fixed, not seeded, so that the
// README and the demo staff accounts can name them; groups and children are drawn from the seed.
import type { School } from '../domain/types'

export interface DemoLocationFrame {
  id: string
  name: string
  town: string
  /** Area code for landline numbers of families near the location. */
  areaCode: string
  schools: readonly School[]
}

export const demoLocations: readonly DemoLocationFrame[] = [
  {
    id: 'loc-goverwelle', name: 'Kindcentrum Goverwelle', town: 'Gouda', areaCode: '0182',
    schools: [
      { id: 'school-regenboog-gouda', name: 'CBS De Regenboog' },
      { id: 'school-goverwelle', name: 'OBS Goverwelle' },
      { id: 'school-kompas-gouda', name: 'Het Kompas' },
    ],
  },
  {
    id: 'loc-bloemendaal', name: 'Kindercentrum Bloemendaal', town: 'Gouda', areaCode: '0182',
    schools: [
      { id: 'school-wielewaal', name: 'De Wielewaal' },
      { id: 'school-montessori-gouda', name: 'Montessorischool Gouda' },
    ],
  },
  {
    id: 'loc-triangel', name: 'Kindcentrum De Triangel', town: 'Waddinxveen', areaCode: '0182',
    schools: [
      { id: 'school-triangel', name: 'CBS De Triangel' },
      { id: 'school-mozaiek', name: 'OBS Het Mozaïek' },
      { id: 'school-fontein', name: 'De Fontein' },
    ],
  },
  {
    id: 'loc-weegje', name: 'Kindercentrum Het Weegje', town: 'Reeuwijk', areaCode: '0182',
    schools: [
      { id: 'school-zonnewijzer', name: 'De Zonnewijzer' },
      { id: 'school-dorpsschool-reeuwijk', name: 'Dorpsschool Reeuwijk' },
    ],
  },
  {
    id: 'loc-rijnstroom', name: 'Kindcentrum De Rijnstroom', town: 'Alphen aan den Rijn', areaCode: '0172',
    schools: [
      { id: 'school-palet-alphen', name: 'Het Palet' },
      { id: 'school-schakel-alphen', name: 'De Schakel' },
      { id: 'school-willem-alexander', name: 'Prins Willem-Alexanderschool' },
      { id: 'school-kameleon', name: 'De Kameleon' },
    ],
  },
  {
    id: 'loc-boskoop', name: 'Kindercentrum Boskoop-Zuid', town: 'Boskoop', areaCode: '0172',
    schools: [
      { id: 'school-boomgaard', name: 'De Boomgaard' },
      { id: 'school-rehoboth-boskoop', name: 'Rehobothschool' },
    ],
  },
]

export const demoLocationIds: readonly string[] = demoLocations.map((l) => l.id)

/** The one registered PC per location in the demo (device ids on every fact staff recorded there). */
export const demoDeviceOf = (locationId: string): string => `pc-${locationId}-1`

/** Facts that came in through the parent portal carry this as `by` and `device`. */
export const parentPortal = 'ouderportaal'
