import { describe, expect, expectTypeOf, it } from 'vitest'
import {
  API_CHANNEL_PREFIX,
  API_EVENTS,
  API_LOCAL,
  API_METHODS,
  apiChannel,
  isApiMethod,
} from '../../../shared/api/methods'
import type { ApiEvent, ApiLocal, ApiMethod } from '../../../shared/api/methods'
import type { OomlensApi } from '../../../shared/api/oomlens-api'

type FunctionKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => unknown ? K : never }[keyof T]
type PromiseKeys<T> = { [K in keyof T]-?: T[K] extends (...args: never[]) => Promise<unknown> ? K : never }[keyof T]
type OnKeys<T> = Extract<keyof T, `on${string}`>

describe('methods', () => {
  it('covers exactly the function keys of OomlensApi when the three lists are joined', () => {
    expectTypeOf<ApiMethod | ApiEvent | ApiLocal>().toEqualTypeOf<FunctionKeys<OomlensApi>>()
    expectTypeOf<ApiMethod>().toEqualTypeOf<PromiseKeys<OomlensApi>>()
    expectTypeOf<ApiEvent>().toEqualTypeOf<OnKeys<OomlensApi>>()
  })

  it('lists every name once and keeps the lists apart when read at runtime', () => {
    const all = [...API_METHODS, ...API_EVENTS, ...API_LOCAL]
    expect(new Set(all).size).toBe(all.length)
    expect(API_EVENTS.every((e) => /^on[A-Z]/.test(e))).toBe(true)
    expect(API_METHODS.some((m) => m.startsWith('on'))).toBe(false)
  })

  it('prefixes channels with oomlens: when building a channel name', () => {
    expect(apiChannel('openCase')).toBe('oomlens:openCase')
    expect(API_CHANNEL_PREFIX).toBe('oomlens:')
  })

  it('rejects names that are not methods when given untrusted input', () => {
    expect(isApiMethod('openCase')).toBe(true)
    expect(isApiMethod('onImportProgress')).toBe(false)
    expect(isApiMethod('constructor')).toBe(false)
    expect(isApiMethod('__proto__')).toBe(false)
    expect(isApiMethod(42)).toBe(false)
  })
})
