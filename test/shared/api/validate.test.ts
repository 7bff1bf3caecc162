import { describe, expect, it } from 'vitest'
import { API_METHODS } from '../../../shared/api/methods'
import { MAX_CONTENT_ITEMS } from '../../../shared/api/api-types'
import { API_VALIDATORS, base64Bytes, isAbsolutePath, validateApiArgs } from '../../../shared/api/validate'

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

  it('accepts content items with relative names and base64 bytes, and bundled sample names', () => {
    const items = [
      { name: 'sosreport-web1/var/log/messages', base64: btoa('kernel: x\n'), modifiedMs: 1_700_000_000_000 },
      { name: 'pasted-1.txt', base64: '', modifiedMs: null },
    ]
    expect(validateApiArgs('openCaseContent', [items])).toEqual({ ok: true, value: [items] })
    // A missing modification time is null, as the API types say.
    expect(validateApiArgs('openCaseContent', [[{ name: 'a', base64: 'YQ==' }]])).toEqual({
      ok: true,
      value: [[{ name: 'a', base64: 'YQ==', modifiedMs: null }]],
    })
    expect(validateApiArgs('openSamples', [['seed-000-python-lowmem-syslog.log']]).ok).toBe(true)
  })

  it('rejects content that is not relative, not base64, repeated or too many, and sample names that are paths', () => {
    const item = (name: unknown, base64: unknown = 'YQ==', modifiedMs: unknown = null) => ({ name, base64, modifiedMs })
    const bad: unknown[][] = [
      [[]],
      [[item('/etc/passwd')]],
      [[item('../up.log')]],
      [[item('a//b')]],
      [[item('a/./b')]],
      [[item('x.tar!/y')]],
      [[item('bell\u0007.log')]],
      [[item('a', 'not base64!')]],
      [[item('a', 'YQ=')]],
      [[item('a', 42)]],
      [[item('a', 'YQ==', -5)]],
      [[item('a', 'YQ==', 1.5)]],
      [[item('a'), item('a')]],
      [Array.from({ length: MAX_CONTENT_ITEMS + 1 }, (_, i) => item(`f${i}`))],
      [[item('a')], 'extra'],
    ]
    for (const args of bad)
      expect(code(validateApiArgs('openCaseContent', args)), JSON.stringify(args).slice(0, 80)).toBe('bad-argument')
    for (const name of ['../x.log', '/abs.log', 'dir/x.log', '.hidden', ''])
      expect(code(validateApiArgs('openSamples', [[name]])), name).toBe('bad-argument')
  })

  it('counts the bytes base64 decodes to', () => {
    for (const text of ['', 'a', 'ab', 'abc', 'abcd', 'héllo'])
      expect(base64Bytes(Buffer.from(text).toString('base64'))).toBe(Buffer.byteLength(text))
    expect(base64Bytes('YQ')).toBeNull()
  })

  it('tells absolute paths from relative ones on both platforms', () => {
    expect(['/x', 'C:\\x', 'd:/x', '\\\\server\\share'].map(isAbsolutePath)).toEqual([true, true, true, true])
    expect(['x', './x', '', 'C:x', 7].map(isAbsolutePath)).toEqual([false, false, false, false, false])
  })
})
