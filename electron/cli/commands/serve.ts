// `oomlens serve`: the workbench in a browser, served by the loopback bridge on 127.0.0.1.
import { createWriteStream, existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, resolve } from 'node:path'
import { pipeline } from 'node:stream/promises'
import { fileURLToPath } from 'node:url'
import type { Lang } from '../../../shared/i18n/lang'
import { startBridge } from '../../bridge/bridge-server'
import { openBrowser } from '../../bridge/open-browser'
import { writeReport } from '../../node/app/write-report'
import { loadCase, STDIN_PATH } from '../../node/case-service'

/** The package's folder: the nearest one above this module with our package.json (sources or out/cli bundle). */
function packageRoot(): string {
  let dir = dirname(fileURLToPath(import.meta.url))
  for (;;) {
    const manifest = resolve(dir, 'package.json')
    if (existsSync(manifest) && /"name":\s*"oomlens"/.test(readFileSync(manifest, 'utf8'))) return dir
    const parent = dirname(dir)
    if (parent === dir) return process.cwd()
    dir = parent
  }
}

const repoRoot = packageRoot()

function packageVersion(): string {
  try {
    return String(
      (JSON.parse(readFileSync(resolve(repoRoot, 'package.json'), 'utf8')) as { version?: unknown }).version,
    )
  } catch {
    return 'unknown'
  }
}

/** Resolves on Ctrl+C or SIGTERM. */
const untilStopped = () =>
  new Promise<void>((done) => {
    process.once('SIGINT', done)
    process.once('SIGTERM', done)
  })

/** `oomlens serve <paths> [--port N] [--open]`: the workbench in a browser on 127.0.0.1; resolves with exit code. */
export async function runServe(
  paths: readonly string[],
  options: { readonly port?: number; readonly open?: boolean; readonly lang?: Lang },
): Promise<number> {
  const port = options.port ?? 0
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    process.stderr.write(`oomlens serve: --port must be 0..65535, got ${String(options.port)}\n`)
    return 2
  }
  const missing = paths.map((p) => resolve(p)).find((p, i) => paths[i] !== STDIN_PATH && !existsSync(p))
  if (missing) {
    process.stderr.write(`oomlens serve: ${missing}: no such file or directory\n`)
    return 3
  }
  const spool = paths.includes(STDIN_PATH) ? await spoolStdin() : null
  const launchPaths = paths.map((p) => (p === STDIN_PATH ? spool!.path : resolve(p)))
  const rendererDir = process.env.OOMLENS_RENDERER_DIR ?? resolve(repoRoot, 'out/renderer')
  if (!existsSync(resolve(rendererDir, 'index.html')))
    process.stderr.write(`oomlens serve: no built renderer in ${rendererDir}; run \`npm run build\` first\n`)
  let bridge
  try {
    bridge = await startBridge({
      launchPaths,
      port,
      rendererDir,
      settings: options.lang ? { lang: options.lang } : {},
      samplesDir: resolve(repoRoot, 'samples'),
      version: packageVersion(),
      loadCase,
      writeReport,
    })
  } catch (err) {
    spool?.remove()
    const code = (err as { code?: unknown }).code
    const why = code === 'EADDRINUSE' ? `port ${port} is in use; pick another with --port` : String(err)
    process.stderr.write(`oomlens serve: ${why}\n`)
    return 2
  }
  process.stdout.write(`OOMLens workbench: ${bridge.url}  (127.0.0.1 only; Ctrl+C stops it)\n`)
  if (options.open && !openBrowser(bridge.url))
    process.stdout.write(`oomlens serve: no browser found here; open ${bridge.url} yourself\n`)
  await untilStopped()
  await bridge.close()
  spool?.remove()
  return 0
}

/**
 * `serve -`: the page opens the case and reads its lines back as often as it likes, a pipe can be
 * read once, and the page names inputs by absolute path; so standard input is first copied into a
 * file named `-` in a private temporary folder (removed on exit), and that file is the case.
 */
async function spoolStdin(): Promise<{ path: string; remove(): void }> {
  const dir = mkdtempSync(join(tmpdir(), 'oomlens-stdin-'))
  const path = join(dir, STDIN_PATH)
  await pipeline(process.stdin, createWriteStream(path, { mode: 0o600 }))
  return { path, remove: () => rmSync(dir, { recursive: true, force: true }) }
}
