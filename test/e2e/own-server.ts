// `oomlens serve` on a server of the spec's own (the suite's shared one is started on the sample
// case), on a free port it reports on stdout: with no path, as a new user starts it (the workbench
// opens on its start screen and takes evidence from the browser), or on files the spec made.
import { spawn, type ChildProcess } from 'node:child_process'
import { repoRoot } from './sample-case'

export interface OwnServer {
  readonly url: string
  stop(): Promise<void>
}

export function startOwnServer(paths: readonly string[] = []): Promise<OwnServer> {
  const child: ChildProcess = spawn(process.execPath, ['bin/oomlens.mjs', 'serve', ...paths, '--port', '0'], {
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
