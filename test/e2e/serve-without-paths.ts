// `oomlens serve` started with no path, as a new user starts it: the workbench must open on its
// start screen and take evidence from the browser. A server of its own (the suite's shared one is
// started on the sample case), on a free port it reports on stdout.
import { spawn, type ChildProcess } from 'node:child_process'
import { repoRoot } from './sample-case'

export interface ServeWithoutPaths {
  readonly url: string
  stop(): Promise<void>
}

export function serveWithoutPaths(): Promise<ServeWithoutPaths> {
  const child: ChildProcess = spawn(process.execPath, ['bin/oomlens.mjs', 'serve', '--port', '0'], {
    cwd: repoRoot,
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const stop = () =>
    new Promise<void>((resolve) => {
      if (child.exitCode !== null) return resolve()
      child.once('exit', () => resolve())
      child.kill('SIGTERM')
    })
  return new Promise((resolve, reject) => {
    let out = ''
    const timer = setTimeout(() => reject(new Error(`oomlens serve did not start: ${out}`)), 60_000)
    child.stdout?.on('data', (chunk: Buffer) => {
      out += chunk.toString('utf8')
      const url = /OOMLens workbench: (http:\/\/127\.0\.0\.1:\d+\/\S*)/.exec(out)?.[1] // whole URL: it may carry a launch token
      if (url) {
        clearTimeout(timer)
        resolve({ url, stop })
      }
    })
    child.stderr?.on('data', (chunk: Buffer) => (out += chunk.toString('utf8')))
    child.once('exit', (code) => {
      clearTimeout(timer)
      reject(new Error(`oomlens serve exited with ${code}: ${out}`))
    })
  })
}
