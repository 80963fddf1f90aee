import { describe, expect, it } from 'vitest'
import { en } from '../../../renderer/src/i18n/en'
import { nl } from '../../../renderer/src/i18n/nl'
import { pendingMessage, translator } from '../../../renderer/src/i18n/translate'

const placeholders = (text: string) => [...text.matchAll(/\{(\w+)\}/g)].map((m) => m[1]).sort()

describe('messages', () => {
  it('have the same keys and the same placeholders in Dutch and English', () => {
    expect(Object.keys(en).sort()).toEqual(Object.keys(nl).sort())
    for (const key of Object.keys(nl) as (keyof typeof nl)[]) expect(placeholders(en[key]), key).toEqual(placeholders(nl[key]))
  })

  it('fill in values and say how many changes wait, in Dutch by default', () => {
    const t = translator('nl')
    expect(t('attendance.checkInChild', { name: 'Sanne de Vries' })).toBe('Inchecken Sanne de Vries')
    expect(pendingMessage(t, 3)).toBe('3 wijzigingen wachten')
    expect(pendingMessage(t, 1)).toBe('1 wijziging wacht')
    expect(pendingMessage(translator('en'), 2)).toBe('2 changes waiting')
  })
})
