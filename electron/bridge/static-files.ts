// Serves the built renderer (out/renderer) read-only: no directory listings, nothing outside the
// folder, unknown routes fall back to index.html (the renderer routes itself).
import { readFile, stat } from 'node:fs/promises'
import type { ServerResponse } from 'node:http'
import { extname, join, normalize, sep } from 'node:path'
import { CONTENT_SECURITY_POLICY } from './content-security-policy'

const TYPES: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.woff': 'font/woff',
  '.ttf': 'font/ttf',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
}

/** Headers every page response carries. */
export const PAGE_HEADERS: Readonly<Record<string, string>> = {
  'content-security-policy': CONTENT_SECURITY_POLICY,
  'x-content-type-options': 'nosniff',
  'referrer-policy': 'no-referrer',
  'cross-origin-opener-policy': 'same-origin',
  'cross-origin-resource-policy': 'same-origin',
  'cache-control': 'no-store',
}

async function isFile(path: string): Promise<boolean> {
  return stat(path).then(
    (s) => s.isFile(),
    () => false,
  )
}

/** Answer a GET for `urlPath` from `root`; 404 outside it or when the renderer was not built. */
export async function serveStatic(root: string, urlPath: string, res: ServerResponse): Promise<void> {
  let rel: string
  try {
    rel = decodeURIComponent(urlPath)
  } catch {
    rel = ''
  }
  const safe = !rel.includes('\0') && !rel.split('/').includes('..')
  let file = safe ? normalize(join(root, rel === '/' ? 'index.html' : rel)) : ''
  if (safe && !file.startsWith(root + sep)) file = ''
  if (file && !(await isFile(file)) && extname(rel) === '') file = join(root, 'index.html')
  if (!file || !(await isFile(file))) {
    const hint = (await isFile(join(root, 'index.html')))
      ? 'not found'
      : 'the renderer is not built: run `npm run build`'
    res.writeHead(404, { ...PAGE_HEADERS, 'content-type': 'text/plain; charset=utf-8' }).end(`${hint}\n`)
    return
  }
  const body = await readFile(file)
  res.writeHead(200, { ...PAGE_HEADERS, 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' })
  res.end(body)
}
