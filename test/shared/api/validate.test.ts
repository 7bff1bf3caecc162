import { describe, expect, it } from 'vitest'
import { API_METHODS } from '../../../shared/api/methods'
import { API_VALIDATORS, isAbsolutePath, validateApiArgs } from '../../../shared/api/validate'

const code = (r: { ok: boolean; error?: { code: string } }) => (r.ok ? 'ok' : r.error?.code)

describe('validate', () => {
  it('has a validator for every method', () => {
    expect(Object.keys(API_VALIDATORS).sort()).toEqual([...API_METHODS].sort())
  })

  it('accepts well-formed arguments and returns them typed', () => {
    expect(validateApiArgs('openCase', [['/var/log/messages', 'C:\\logs\\kern.log']])).toEqual({
      ok: true,
      value: [['/var/log/messages', 'C:\\logs\\kern.log']],
    })
    expect(validateApiArgs('getEvent', ['c1', 'e2'])).toEqual({ ok: true, value: ['c1', 'e2'] })
    const range = { caseId: 'c1', path: 'a.tgz!/messages', fromLine: 3, toLine: 9 }
    expect(validateApiArgs('readLines', [range])).toEqual({ ok: true, value: [range] })
    expect(
      validateApiArgs('exportReport', ['c1', { format: 'pdf', lang: 'zh-TW', whatIf: { min_free_kbytes: 16384 } }]),
    ).toEqual({
      ok: true,
      value: ['c1', { format: 'pdf', lang: 'zh-TW', whatIf: { min_free_kbytes: 16384 }, scenarios: [] }],
    })
    const pinned = {
      format: 'md',
      lang: 'en',
      whatIf: null,
      scenarios: [{ cma_kb: 0 }, { swap_kb: 1024 }],
      eventIds: ['e2'],
    }
    expect(validateApiArgs('exportReport', ['c1', pinned])).toEqual({ ok: true, value: ['c1', pinned] })
    expect(validateApiArgs('updateSettings', [{ theme: 'dark', zoomPercent: 120 }]).ok).toBe(true)
    expect(validateApiArgs('getAppInfo', []).ok).toBe(true)
  })

  it('rejects malformed arguments with bad-argument when they come from an untrusted renderer', () => {
    const bad: [Parameters<typeof validateApiArgs>[0], unknown][] = [
      ['openCase', [['relative/path']]],
      ['openCase', [[]]],
      ['openCase', [['/etc/passwd\0.log']]],
      ['openCase', '/var/log/messages'],
      ['openCase', [['/a'], 'extra']],
      ['getEvent', ['c1']],
      ['getEvent', ['c1', '../../e1']],
      ['readLines', [{ caseId: 'c1', path: 'x', fromLine: 0, toLine: 3 }]],
      ['readLines', [{ caseId: 'c1', path: 'x', fromLine: 1, toLine: 100000 }]],
      ['readLines', [{ caseId: 'c1', path: 'x', fromLine: 9, toLine: 3 }]],
      ['exportReport', ['c1', { format: 'exe', lang: 'en', whatIf: null }]],
      ['exportReport', ['c1', { format: 'pdf', lang: 'fr', whatIf: null }]],
      ['exportReport', ['c1', { format: 'pdf', lang: 'en', whatIf: { oom_score_adj: { 12: 5000 } } }]],
      ['exportReport', ['c1', { format: 'pdf', lang: 'en', whatIf: null, scenarios: [{ cma_kb: -1 }] }]],
      ['exportReport', ['c1', { format: 'pdf', lang: 'en', whatIf: null, scenarios: 'all' }]],
      ['exportReport', ['c1', { format: 'pdf', lang: 'en', whatIf: null, eventIds: ['../x'] }]],
      ['updateSettings', [{ theme: 'neon' }]],
      ['updateSettings', [{ zoomPercent: 5 }]],
      ['updateSettings', [{ __proto__: { polluted: true }, lang: 'en', extra: 1 }]],
      ['getSettings', [1]],
    ]
    for (const [method, args] of bad)
      expect(code(validateApiArgs(method, args)), `${method} ${JSON.stringify(args)}`).toBe('bad-argument')
  })

  it('tells absolute paths from relative ones on both platforms', () => {
    expect(['/x', 'C:\\x', 'd:/x', '\\\\server\\share'].map(isAbsolutePath)).toEqual([true, true, true, true])
    expect(['x', './x', '', 'C:x', 7].map(isAbsolutePath)).toEqual([false, false, false, false, false])
  })
})
