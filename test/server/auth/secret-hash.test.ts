import { describe, expect, it } from 'vitest'
import { hashSecret, verifySecret } from '../../../server/auth/secret-hash'
import { cheapScrypt } from './auth-fixture'

describe('hashSecret / verifySecret', () => {
  it('stores scrypt with its parameters and a random salt, never the secret itself', async () => {
    const a = await hashSecret('demo-anouk', cheapScrypt)
    const b = await hashSecret('demo-anouk', cheapScrypt)
    expect(a).toMatch(/^scrypt\$1024\$8\$1\$[A-Za-z0-9+/=]+\$[A-Za-z0-9+/=]+$/)
    expect(a).not.toContain('demo-anouk')
    expect(a).not.toBe(b)
    expect(await verifySecret('demo-anouk', a)).toBe(true)
    expect(await verifySecret('demo-anouk', b)).toBe(true)
    expect(await verifySecret('demo-anouk ', a)).toBe(false)
    expect(await verifySecret('', a)).toBe(false)
  })

  it('uses the default cost when none is given, and still verifies it', async () => {
    const h = await hashSecret('1234')
    expect(h.startsWith('scrypt$16384$8$1$')).toBe(true)
    expect(await verifySecret('1234', h)).toBe(true)
  })

  it('answers false for stored strings that are not its own, without throwing', async () => {
    for (const stored of ['', 'demo-anouk', 'scrypt$x$8$1$AAAA$AAAA', 'bcrypt$1$2$3$4$5', 'scrypt$1024$8$1$AAAA$AAAA']) {
      expect(await verifySecret('demo-anouk', stored)).toBe(false)
    }
  })
})
