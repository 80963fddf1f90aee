// Every rule answers with a Verdict (SPEC §4). A refusal carries a stable kebab-case code that
// other code and the translations key on, and the Dutch message staff see (Dutch is the default
// language). One message per code, all here, so that the wording is reviewed in one place.
import { parentRequestWindow, qBlockCancelMinDaysAhead } from './facts'
import { defaults } from './defaults'

export type Verdict = { ok: true } | { ok: false; code: string; message: string }

const { maxDaysAhead } = parentRequestWindow

export const verdictMessages = {
  'ongeldige-datum': 'Dit is geen geldige datum.',
  'ongeldig-aantal': 'Het aantal moet groter zijn dan 0.',
  'datum-verleden': 'Voor een datum in het verleden kan geen opvang worden aangevraagd.',
  'te-ver-vooruit': `Opvang kan maximaal ${maxDaysAhead} dagen van tevoren worden aangevraagd.`,
  'te-kort-van-tevoren': `Binnen ${parentRequestWindow.minDaysAhead} dagen voor de datum kan alleen een medewerker van de groep opvang aanvragen.`,
  'te-laat-aangevraagd': 'Voor deze datum kan geen opvang meer worden aangevraagd.',
  'taxi-alleen-medewerker': 'Voor een kind dat met de taxi komt, kan alleen een medewerker van de groep extra opvang aanvragen.',
  'studiedag-alleen-medewerker': 'Opvang op een studiedag of schoolsluitingsdag vraag je aan bij de medewerkers op de groep of via de intekenlijst.',
  'gemeld-om-na-invoer': '‘Gemeld om’ mag niet later zijn dan het moment van invoeren.',
  'gemeld-om-andere-dag': '‘Gemeld om’ moet op dezelfde dag liggen als het invoeren.',
  'qblok-te-laat': `Een Q-blok kan tot ${qBlockCancelMinDaysAhead} dagen van tevoren worden geannuleerd.`,
  'ophogen-na-1-juli': 'Het Qflexibel-tegoed kan tot en met 1 juli worden opgehoogd.',
  'onvoldoende-tegoed': 'Het geldige tegoed is niet genoeg voor deze aanvraag.',
  'maximum-bereikt': 'Maximum bereikt: er kan niet meer tegoed bij.',
  'afwezigheid-definitief': 'Een afwezigheidsmelding kan niet ongedaan worden gemaakt. Dien een nieuwe aanvraag in.',
  'reden-verplicht': 'Geef een reden op.',
  'geen-plek-reden-verplicht': 'De groep heeft geen plek: geef een reden om toch goed te keuren.',
  'ongeldige-overgang': 'Deze statuswijziging is niet toegestaan.',
  'status-definitief': 'Deze aanvraag is al definitief afgehandeld.',
  'besluit-conflict': 'Op een andere PC is al een ander besluit over deze aanvraag genomen.',
  'annuleren-reden-verplicht': 'Een goedgekeurde aanvraag annuleren kan alleen een medewerker, met een reden.',
  'geen-recht': 'Je rol heeft hiervoor geen rechten.',
  'ontgrendelen-oud-alleen-senior': `Een lijst van meer dan ${defaults.unlockOldListAfterDays} dagen geleden kan alleen een senior of manager ontgrendelen.`,
} as const

export type VerdictCode = keyof typeof verdictMessages

export function allow(): Verdict {
  return { ok: true }
}

export function refuse(code: VerdictCode): Verdict {
  return { ok: false, code, message: verdictMessages[code] }
}
