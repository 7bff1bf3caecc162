// When an event happened, the same in the workbench and the reports: the wall time as printed, else
// the dmesg seconds after boot in the reader's language, else nothing.
import { readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { LANGS } from '../../../shared/i18n/lang'
import { parseText } from '../../../shared/parse'
import { formatEventWhen } from '../../../shared/report/format'

const SAMPLES = resolve(import.meta.dirname, '../../../samples')
const firstEvent = (file: string) => parseText(file, readFileSync(resolve(SAMPLES, file), 'utf8')).events[0]!

describe('formatEventWhen', () => {
  it('gives a dmesg -T event its wall time as printed, with no zone the log did not print', () => {
    const e = firstEvent('022-x86-5.4-kvm-ceph-virtio-net-dmesgT.log')
    expect(e.time).not.toBeNull()
    const when = formatEventWhen(e, 'en')!
    expect(when.replace(' ', 'T')).toBe(e.time!.slice(0, 19))
    expect(LANGS.map((lang) => formatEventWhen(e, lang))).toEqual(LANGS.map(() => when))
  })

  it('gives a dmesg event its seconds after boot, one decimal, in every language', () => {
    const e = firstEvent('seed-001-order10-atomic-cma-dmesg.log')
    expect(e.time).toBeNull()
    const seconds = e.uptime!.toLocaleString('en-US', { minimumFractionDigits: 1, maximumFractionDigits: 1 })
    const words = LANGS.map((lang) => formatEventWhen(e, lang)!)
    for (const w of words) expect(w).toContain(seconds)
    expect(new Set(words).size).toBe(LANGS.length)
    expect(formatEventWhen({ time: null, uptime: null }, 'en')).toBeNull()
  })
})
