// Failures main and the bridge report with a code: main's own Dutch sentence on a Dutch screen, the
// code's English sentence on an English one; anything without a known code as it is.
import { describe, expect, it } from 'vitest'
import { failureMessage } from '../../../renderer/src/app/failure-message'
import { BridgeFailure } from '../../../renderer/src/bridge/bridge-failure'
import { LocalStoreError } from '../../../renderer/src/db/local-store-error'
import { translator } from '../../../renderer/src/i18n/translate'
import { defaults } from '../../../shared/rules/defaults'

const nl = translator('nl')
const en = translator('en')

describe('failureMessage', () => {
  it('keeps main\'s Dutch sentence in Dutch, which can be more precise than its code', () => {
    const refused = new BridgeFailure({ code: 'geen-recht', message: 'Deze pc is al geregistreerd' })
    expect(failureMessage(refused, nl)).toBe('Deze pc is al geregistreerd')
    expect(failureMessage(refused)).toBe('Deze pc is al geregistreerd')
  })

  it('gives the code\'s sentence in English, with its values filled in', () => {
    expect(failureMessage(new BridgeFailure({ code: 'onjuist', message: 'Onjuiste gebruikersnaam of wachtwoord' }), en)).toBe('Wrong username or password')
    expect(failureMessage({ code: 'geblokkeerd', message: 'Te veel…' }, en))
      .toBe(`Too many failed attempts, try again in ${defaults.signInLockout.minutes} minutes`)
    expect(failureMessage(new LocalStoreError('studiedag x niet opgeslagen (500)'), en)).toBe('Not saved on this PC')
  })

  it('shows a failure without a known code as it is, in either language', () => {
    expect(failureMessage({ code: 'te-vroeg', message: 'Een regel zegt nee' }, en)).toBe('Een regel zegt nee')
    expect(failureMessage(new Error('boom'), en)).toBe('boom')
    expect(failureMessage('plain', en)).toBe('plain')
  })
})
