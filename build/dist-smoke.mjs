// `npm run dist:smoke`: checks the packaging offline (TOOLCHAIN §1b). Electron's zip and the
// AppImage/deb/rpm tools come from GitHub, which these machines cannot reach, so: validate the
// configuration with electron-builder's own schema, build (`npm run build`), pack with a stub
// Electron (`--linux dir -c.electronDist=<stub>`), then check what went into app.asar and which
// Electron fuses the packed binary carries (the stub holds a fuse wire as Electron's binary does, set
// the way Electron ships it, so the check sees electron-builder flip each fuse).
// Ends with `dist:smoke: N passed, N failed`.
import { execFileSync } from 'node:child_process'
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { listPackage } from '@electron/asar'
import { FuseV1Options, getCurrentFuseWire } from '@electron/fuses'

const root = fileURLToPath(new URL('..', import.meta.url))
const require = createRequire(import.meta.url)
const CONFIG = 'build/electron-builder.yml'
const results = []
const check = (name, ok, detail = '') => {
  results.push(ok)
  console.log(`${ok ? 'ok  ' : 'FAIL'} ${name}${detail ? ` — ${detail}` : ''}`)
}

// 1. The configuration against electron-builder's schema (internal API, the only validate-only path).
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config')
const { DebugLogger } = require('builder-util')
const config = await getConfig(root, join(root, CONFIG), null)
try {
  await validateConfiguration(config, new DebugLogger(false))
  check('configuration matches electron-builder 26 schema', true)
} catch (err) {
  check('configuration matches electron-builder 26 schema', false, String(err.message).split('\n')[0])
}
const targets = (platform) => [config[platform]?.target].flat().map((t) => (typeof t === 'string' ? t : t?.target))
check(
  'targets: AppImage, deb, rpm, dmg, nsis',
  ['AppImage', 'deb', 'rpm'].every((t) => targets('linux').includes(t)) &&
    targets('mac').includes('dmg') &&
    targets('win').includes('nsis'),
)
const exts = config.fileAssociations.flatMap((a) => [a.ext].flat())
const wanted = ['log', 'txt', 'gz', 'xz', 'zst', 'tgz', 'tar', 'zip', 'journal']
check(
  'file associations',
  wanted.every((e) => exts.includes(e)) && config.fileAssociations.every((a) => a.mimeType),
  exts.join(' '),
)
const icons = ['icon.png', '512x512.png', '256x256.png', '16x16.png'].filter(
  (f) => !existsSync(join(root, 'build/icons', f)),
)
check('icons in build/icons', icons.length === 0, icons.length ? `missing ${icons.join(', ')}` : '')

// 2. Build, then pack with the stub Electron.
execFileSync(process.execPath, ['build/build.mjs'], { cwd: root, stdio: 'inherit' })
const stub = mkdtempSync(join(tmpdir(), 'electron-stub-'))
mkdirSync(join(stub, 'resources'))
mkdirSync(join(stub, 'locales'))
// Electron's fuse wire: a sentinel, the wire version (1), its length, then one byte per fuse ('1' on,
// '0' off), here as Electron ships them: RunAsNode, NODE_OPTIONS, --inspect and file:// privileges on.
const { SENTINEL, FuseState } = require('@electron/fuses/dist/constants')
const SHIPPED = [
  FuseState.ENABLE, // RunAsNode
  FuseState.DISABLE, // EnableCookieEncryption
  FuseState.ENABLE, // EnableNodeOptionsEnvironmentVariable
  FuseState.ENABLE, // EnableNodeCliInspectArguments
  FuseState.DISABLE, // EnableEmbeddedAsarIntegrityValidation
  FuseState.DISABLE, // OnlyLoadAppFromAsar
  FuseState.DISABLE, // LoadBrowserProcessSpecificV8Snapshot
  FuseState.ENABLE, // GrantFileProtocolExtraPrivileges
]
writeFileSync(
  join(stub, 'electron'),
  Buffer.concat([
    Buffer.from('#!/bin/sh\necho "stub electron: not runnable"\nexit 1\n# '),
    Buffer.from(SENTINEL),
    Buffer.from([1, SHIPPED.length, ...SHIPPED]),
    Buffer.from('\n'),
  ]),
  { mode: 0o755 },
)
writeFileSync(join(stub, 'locales', 'en-US.pak'), '')
writeFileSync(join(stub, 'LICENSE'), '')
rmSync(join(root, 'release'), { recursive: true, force: true })
let packed = true
try {
  execFileSync(
    'npx',
    ['electron-builder', '--config', CONFIG, '--linux', 'dir', '--publish', 'never', `-c.electronDist=${stub}`],
    {
      cwd: root,
      stdio: 'inherit',
    },
  )
} catch {
  packed = false
}
rmSync(stub, { recursive: true, force: true })
check('electron-builder packs with a stub Electron', packed)

// 3. What went in.
const dir = join(root, 'release/linux-unpacked')
check('executable release/linux-unpacked/oomlens', existsSync(join(dir, 'oomlens')))
const asar = join(dir, 'resources/app.asar')
const files = existsSync(asar) ? listPackage(asar).map((f) => f.split('\\').join('/')) : []
const must = [
  '/package.json',
  '/out/main/index.js',
  // The worker threads main starts from files beside it (electron/node/input/worker-boot.ts).
  '/out/main/decompress-worker.mjs',
  '/out/main/parse-worker.mjs',
  '/out/preload/preload.cjs',
  '/out/renderer/index.html',
]
const missing = must.filter((f) => !files.includes(f))
check(
  'app.asar holds main, its workers, preload, renderer and package.json',
  missing.length === 0,
  `${files.length} entries${missing.length ? `; missing ${missing.join(', ')}` : ''}`,
)
// The libraries the readers load at run time (zip, tar, and the fallback decoders for a system
// without xz, zstd or bzip2); gzip and deflate are Node's own zlib.
const deps = ['yauzl', 'tar-stream', 'fzstd', 'xz-decompress', 'unbzip2-stream'].filter(
  (d) => !files.includes(`/node_modules/${d}/package.json`),
)
check('app.asar holds the runtime dependencies', deps.length === 0, deps.length ? `missing ${deps.join(', ')}` : '')
const leaked = files.filter(
  (f) =>
    /^\/(electron|shared|renderer|test|build|samples)\//.test(f) ||
    /^\/out\/.*\.map$/.test(f) ||
    f.startsWith('/out/types/'),
)
check('app.asar holds no sources, tests or source maps', leaked.length === 0, leaked.slice(0, 3).join(', '))
// None of the runtime dependencies is a native module today; should one come, it must sit unpacked
// next to app.asar (a .node file cannot be loaded from inside the archive).
const packedNatives = files.filter((f) => f.endsWith('.node'))
check('no native module left inside app.asar', packedNatives.length === 0, packedNatives.join(', '))

// 4. The fuses electron-builder flipped in the packed binary (build/electron-builder.yml electronFuses).
const WANTED_FUSES = {
  RunAsNode: FuseState.DISABLE,
  EnableNodeOptionsEnvironmentVariable: FuseState.DISABLE,
  EnableNodeCliInspectArguments: FuseState.DISABLE,
  EnableEmbeddedAsarIntegrityValidation: FuseState.ENABLE,
  OnlyLoadAppFromAsar: FuseState.ENABLE,
}
const wire = await getCurrentFuseWire(join(dir, 'oomlens')).catch(() => null)
const fuseState = (name) => (wire ? wire[FuseV1Options[name]] : undefined)
const wrong = Object.entries(WANTED_FUSES).filter(([name, state]) => fuseState(name) !== state)
check(
  'fuses: RunAsNode, NODE_OPTIONS and --inspect off; asar integrity and asar-only on',
  wire !== null && wrong.length === 0,
  wire === null
    ? 'no fuse wire in the packed binary'
    : wrong.map(([name]) => `${name} is ${String.fromCharCode(fuseState(name))}`).join(', '),
)

const passed = results.filter(Boolean).length
console.log(`dist:smoke: ${passed} passed, ${results.length - passed} failed`)
process.exit(passed === results.length ? 0 : 1)
