// `oomlens serve`: the workbench in a browser, served by the loopback bridge on 127.0.0.1.
import { existsSync, readFileSync } from 'node:fs'
import { resolve } from 'node:path'
import { fileURLToPath } from 'node:url'
import type { Lang } from '../../../shared/i18n/lang'
import { startBridge } from '../../bridge/bridge-server'
import { openBrowser } from '../../bridge/open-browser'
import { writeReport } from '../../node/app/write-report'
import { loadCase } from '../../node/case-service'

const repoRoot = fileURLToPath(new URL('../../../', import.meta.url))

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
  const launchPaths = paths.map((p) => resolve(p))
  const missing = launchPaths.find((p) => !existsSync(p))
  if (missing) {
    process.stderr.write(`oomlens serve: ${missing}: no such file or directory\n`)
    return 3
  }
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
  return 0
}
