// `npm start`: build, then open the workbench on the bundled sample case (samples/).
// With a working Electron binary it starts the desktop app. Where Electron's binary cannot be had
// (it is downloaded from GitHub on first use; offline build machines cannot), it says so and opens
// the same workbench through `oomlens serve` on 127.0.0.1 instead of failing.
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join } from 'node:path'

const require = createRequire(import.meta.url)
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['samples']

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

/**
 * The Electron binary's path, or null. Look before `require('electron')`: on a missing binary that
 * call tries a download from GitHub (which cannot work offline) and prints its failure.
 */
function electronBinary() {
  try {
    const dir = dirname(require.resolve('electron/package.json'))
    const installed = () => {
      const pathTxt = join(dir, 'path.txt')
      return existsSync(pathTxt) && existsSync(join(dir, 'dist', readFileSync(pathTxt, 'utf8').trim()))
    }
    // Electron >= 42 fetches its binary on first use; do that once here, quietly and bounded in time,
    // so an offline machine falls back to the browser without a download stack trace.
    if (!installed() && process.env.ELECTRON_SKIP_BINARY_DOWNLOAD !== '1') {
      console.error('OOMLens: fetching the Electron binary (needed once, on first start)…')
      spawnSync(process.execPath, [join(dir, 'install.js')], { stdio: 'ignore', timeout: 120_000 })
    }
    return installed() ? require('electron') : null
  } catch {
    return null
  }
}

const electronPath = electronBinary()
if (!electronPath) {
  console.error(
    "OOMLens: Electron's binary is not available here (it comes from GitHub, which this machine cannot reach).",
  )
  console.error('OOMLens: opening the same workbench in your browser through `oomlens serve` instead.')
}

const child = electronPath
  ? spawn(electronPath, ['.', ...paths], { stdio: 'inherit' })
  : spawn(process.execPath, ['bin/oomlens.mjs', 'serve', ...paths, '--open'], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
