import { describe, expect, it } from 'vitest'
import { contentTypeFor, negotiate } from './mediaType'

describe('negotiate', () => {
  it('defaults to JSON without an Accept header or with */*', () => {
    expect(negotiate(undefined)).toEqual({ kind: 'json', stripNulls: false })
    expect(negotiate('*/*')).toEqual({ kind: 'json', stripNulls: false })
  })

  it('picks the single-object, CSV and stripped-nulls formats', () => {
    expect(negotiate('application/vnd.pgrst.object+json')).toEqual({ kind: 'single', stripNulls: false })
    expect(negotiate('application/vnd.pgrst.object+json;nulls=stripped')).toEqual({ kind: 'single', stripNulls: true })
    expect(negotiate('application/vnd.pgrst.array+json;nulls=stripped')).toEqual({ kind: 'json', stripNulls: true })
    expect(negotiate('text/csv')).toEqual({ kind: 'csv' })
  })

  it('honours q-values and falls through unknown types', () => {
    expect(negotiate('text/csv;q=0.5, application/json')).toEqual({ kind: 'json', stripNulls: false })
    expect(negotiate('application/xml, text/csv')).toEqual({ kind: 'csv' })
  })

  it('answers 406 PGRST107 when nothing is acceptable', () => {
    expect(() => negotiate('application/xml, image/png')).toThrowError(
      'None of these media types are available: application/xml, image/png',
    )
  })

  it('labels responses with a charset', () => {
    expect(contentTypeFor({ kind: 'single', stripNulls: false })).toBe('application/vnd.pgrst.object+json; charset=utf-8')
    expect(contentTypeFor({ kind: 'json', stripNulls: false })).toBe('application/json; charset=utf-8')
  })
})
