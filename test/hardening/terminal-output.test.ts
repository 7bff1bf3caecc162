// What `oomlens analyze` prints on a terminal when the evidence is hostile: a tar whose member names
// carry OSC 0/8/52, CSI 2J, ESC c, backspaces, a C1 CSI and a bidi override, and whose log names the
// OOM trigger `rootkit^H^H^H^Hsshd` (15 bytes a terminal prints as `sshd`). The real CLI runs on a
// pseudo-terminal (util-linux `script`), so the progress bar draws too; nothing but the bar's own
// `CR ESC[2K` and the terminal's line ends may reach the screen as control bytes.
import { spawnSync } from 'node:child_process'
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { pack } from 'tar-stream'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { GIVEN } from '../support/given'
import { OOMLENS_BIN, runOomlens } from '../support/run-oomlens'

const LOG = readFileSync(join(GIVEN, 'corpus/public/005-i686-pae-4.10-debian-updatedb-syslog.log'), 'utf8')
const HOSTILE_COMM = 'rootkit\b\b\b\bsshd'
const OSC_TITLE = '\x1b]0;pwned\x07'
const OSC_LINK = '\x1b]8;;http://evil.example/\x07'
const OSC_CLIPBOARD = '\x1b]52;c;ZXZpbA==\x07'
const MEMBER = `var/log/${OSC_TITLE}${OSC_LINK}\x1b[2J\x1bc\b\b\u009b31m\u202emessages`
const EMPTY_MEMBER = `var/log/\x1b[2J${OSC_CLIPBOARD}empty`
const BINARY_MEMBER = `var/log/${OSC_CLIPBOARD}\b\bcore.bin`

/** Control bytes and characters a terminal acts on (C0, DEL, C1, bidi, separators, zero-width). */
// eslint-disable-next-line no-control-regex -- finding control characters is the point
const ACTING = /[\u0000-\u001f\u007f-\u009f\u061c\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/g

let dir = ''
let tarPath = ''

async function tarOf(entries: readonly { name: string; body: string | Buffer }[]): Promise<Buffer> {
  const p = pack()
  for (const e of entries) p.entry({ name: e.name }, e.body)
  p.finalize()
  const chunks: Buffer[] = []
  for await (const chunk of p) chunks.push(chunk as Buffer)
  return Buffer.concat(chunks)
}

/** Every acting character left in `text`, as code points (empty when the text is inert). */
function actingIn(text: string): string[] {
  return [...text.matchAll(ACTING)].map((m) => `U+${(m[0].codePointAt(0) ?? 0).toString(16).padStart(4, '0')}`)
}

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'oomlens-terminal-'))
  tarPath = join(dir, 'bundle.tar')
  const log = LOG.replace(/\S+ invoked oom-killer/, `${HOSTILE_COMM} invoked oom-killer`)
  expect(log).not.toBe(LOG)
  writeFileSync(
    tarPath,
    await tarOf([
      { name: MEMBER, body: log },
      { name: EMPTY_MEMBER, body: '' },
      { name: BINARY_MEMBER, body: Buffer.from([0, 1, 2, 3, 0xff, 0xfe, 0, 0, 0, 0, 1, 2, 3, 4, 5, 0]) },
    ]),
  )
})

afterAll(() => rmSync(dir, { recursive: true, force: true }))

const hasScript = spawnSync('script', ['--version'], { encoding: 'utf8' }).status === 0

describe('oomlens analyze on a terminal, with hostile member names and process names', () => {
  it.runIf(hasScript)('prints no control byte but the progress bar’s own, table, warnings and bar included', () => {
    // A 200-column pseudo-terminal, so the bar has room for the member name it is reading.
    const command = `stty cols 200 rows 50; exec ${process.execPath} ${OOMLENS_BIN} analyze ${tarPath}`
    const r = spawnSync('script', ['-qec', command, '/dev/null'], {
      encoding: 'utf8',
      timeout: 120_000,
      env: { ...process.env, TSX_DISABLE_CACHE: '1' },
    })
    expect(r.status, r.stderr).toBe(0)
    const screen = r.stdout
    expect(screen).toContain('\r\x1b[2K') // the bar drew on the terminal
    const inert = screen.replaceAll('\r\x1b[2K', '').replaceAll('\r\n', '\n').replaceAll('\n', '')
    expect(actingIn(inert)).toEqual([])
    // What the terminal shows instead: the characters, spelled out.
    expect(screen).toContain('^[]0;pwned^G^[]8;;http://evil.example/^G^[[2J^[c^H^H\\u{9b}31m\\u{202e}messages')
    expect(screen).toContain('rootkit^H^H^H^Hsshd')
    expect(screen).toContain('^[[2J^[]52;c;ZXZpbA==^Gempty')
    expect(screen).toContain('^[]52;c;ZXZpbA==^G^H^Hcore.bin')
  })

  it('prints the table and warnings inert when stdout is a pipe', () => {
    const r = runOomlens(['analyze', tarPath], { env: { TSX_DISABLE_CACHE: '1' } })
    expect(r.code, r.stderr).toBe(0)
    expect(actingIn(r.stdout.replaceAll('\n', ''))).toEqual([])
    expect(actingIn(r.stderr.replaceAll('\n', ''))).toEqual([])
    expect(r.stdout).toMatch(/rootkit\^H\^H\^H\^Hsshd\(\d+\)/)
    expect(r.stdout.split('\n').filter((l) => l.startsWith('warning:') && l.includes('empty'))).toHaveLength(1)
  })

  it('keeps the JSON exact for a reader and inert for a terminal', () => {
    const r = runOomlens(['analyze', tarPath, '--json'], { env: { TSX_DISABLE_CACHE: '1' } })
    expect(r.code, r.stderr).toBe(0)
    expect(actingIn(r.stdout.replaceAll('\n', ''))).toEqual([])
    const json = JSON.parse(r.stdout) as { events: { source: { path: string }; trigger: { comm: string } }[] }
    // The data is unchanged: the reader gets the member name and the process name byte for byte.
    expect(json.events[0]?.source.path).toBe(`${tarPath}!/${MEMBER}`)
    expect(json.events[0]?.trigger.comm).toBe(HOSTILE_COMM)
  })

  it('prints an error naming a hostile path inert', () => {
    const missing = join(dir, `${OSC_TITLE}\x1b[2J\b\u202egol.exe`)
    const r = runOomlens(['analyze', missing], { env: { TSX_DISABLE_CACHE: '1' } })
    expect(r.code).toBe(3)
    expect(r.stderr).toContain('^[]0;pwned^G^[[2J^H\\u{202e}gol.exe')
    expect(actingIn(r.stderr.replaceAll('\n', ''))).toEqual([])
  })
})
