import { describe, expect, it } from 'vitest'
import { emailFieldType } from '../email/emailFieldType'
import { phoneFieldType } from '../phone/phoneFieldType'
import { urlFieldType } from './urlFieldType'

describe('url', () => {
  it('accepts web addresses, adding https when the scheme is missing', () => {
    expect(urlFieldType.parse('northstar.test/tickets', {})).toEqual({ ok: true, value: 'https://northstar.test/tickets' })
    expect(urlFieldType.parse('http://venue.test', {})).toEqual({ ok: true, value: 'http://venue.test' })
  })

  it('refuses other schemes, which would run script when clicked', () => {
    expect(urlFieldType.parse('javascript:alert(1)', {})).toMatchObject({ ok: false })
    expect(urlFieldType.valueSchema({}).safeParse('ftp://files.test').success).toBe(false)
  })
})

describe('email and phone', () => {
  it('accept what crews write and refuse the rest', () => {
    expect(emailFieldType.parse('mailto:Crew@Venue.test', {})).toEqual({ ok: true, value: 'Crew@Venue.test' })
    expect(emailFieldType.parse('crew at venue', {})).toMatchObject({ ok: false })
    expect(phoneFieldType.parse('+44  7700 900123', {})).toEqual({ ok: true, value: '+44 7700 900123' })
    expect(phoneFieldType.parse('(555) 010-9999 ext. 4', {}).ok).toBe(true)
    expect(phoneFieldType.parse('call me', {})).toMatchObject({ ok: false })
  })
})
