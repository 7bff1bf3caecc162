// `npm start`: build, then open the workbench on the bundled sample case (samples/).
// With a working Electron binary it starts the desktop app. Where Electron's binary cannot be had
// (it is downloaded from GitHub on first use; offline build machines cannot), it says so and opens
// the same workbench through `oomlens serve` on 127.0.0.1 instead of failing.
import { spawn, spawnSync } from 'node:child_process'
import { createRequire } from 'node:module'

const require = createRequire(import.meta.url)
const paths = process.argv.slice(2).length ? process.argv.slice(2) : ['samples']

const build = spawnSync('npm', ['run', '-s', 'build'], { stdio: 'inherit' })
if (build.status !== 0) process.exit(build.status ?? 1)

let electronPath = null
try {
  // The `electron` package exports the binary's path, and throws when the binary is missing.
  electronPath = require('electron')
} catch (err) {
  console.error(`OOMLens: Electron's binary is not available here (${String(err.message).split('\n')[0]}).`)
  console.error('OOMLens: opening the same workbench in your browser through `oomlens serve` instead.')
}

const child = electronPath
  ? spawn(electronPath, ['.', ...paths], { stdio: 'inherit' })
  : spawn(process.execPath, ['bin/oomlens.mjs', 'serve', ...paths, '--open'], { stdio: 'inherit' })
child.on('exit', (code) => process.exit(code ?? 0))
