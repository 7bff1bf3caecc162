// `node build/make-icons.mjs`: draws the app icon (a lens over memory bars, the last one over the
// red limit) into build/icons — icon.svg, icon.png (1024, macOS/Windows) and the Linux size set.
// Pure Node (zlib for PNG); the output is committed, so packaging needs no image tools.
import { mkdirSync, writeFileSync } from 'node:fs'
import { deflateSync } from 'node:zlib'

const out = new URL('./icons/', import.meta.url)
mkdirSync(out, { recursive: true })

// Shapes in a 0..1 square, drawn back to front. Colours as [r, g, b].
const BG = [31, 41, 55]
const BAR = [96, 165, 250]
const HOT = [248, 113, 113]
const RING = [251, 191, 36]
const inRoundRect = (x, y, x0, y0, x1, y1, r) => {
  const cx = Math.min(Math.max(x, x0 + r), x1 - r)
  const cy = Math.min(Math.max(y, y0 + r), y1 - r)
  return x >= x0 && x <= x1 && y >= y0 && y <= y1 && (x - cx) ** 2 + (y - cy) ** 2 <= r * r
}
const lens = { cx: 0.44, cy: 0.44, r: 0.27, w: 0.055 }
function colourAt(x, y) {
  let c = null
  if (inRoundRect(x, y, 0.04, 0.04, 0.96, 0.96, 0.18)) c = BG
  const dl = Math.hypot(x - lens.cx, y - lens.cy)
  if (dl < lens.r - lens.w / 2) {
    for (const [bx, h, col] of [
      [0.3, 0.16, BAR],
      [0.4, 0.24, BAR],
      [0.5, 0.33, HOT],
    ])
      if (x >= bx - 0.035 && x <= bx + 0.035 && y <= 0.6 && y >= 0.6 - h) c = col
    if (Math.abs(y - 0.36) < 0.008 && Math.floor(x * 40) % 2 === 0) c = HOT // the limit line
  }
  if (Math.abs(dl - lens.r) <= lens.w / 2) c = RING
  // the handle: a thick segment from the ring towards the lower right
  const t = Math.max(0, Math.min(1, ((x - 0.64) * 0.2 + (y - 0.64) * 0.2) / (2 * 0.2 ** 2)))
  const hx = 0.64 + t * 0.2
  const hy = 0.64 + t * 0.2
  if (Math.hypot(x - hx, y - hy) <= 0.05) c = RING
  return c
}

function png(size) {
  const ss = 4 // supersampling per axis, for smooth edges
  const raw = Buffer.alloc(size * (size * 4 + 1))
  for (let py = 0; py < size; py++) {
    raw[py * (size * 4 + 1)] = 0 // filter: none
    for (let px = 0; px < size; px++) {
      let r = 0,
        g = 0,
        b = 0,
        a = 0
      for (let sy = 0; sy < ss; sy++)
        for (let sx = 0; sx < ss; sx++) {
          const c = colourAt((px + (sx + 0.5) / ss) / size, (py + (sy + 0.5) / ss) / size)
          if (!c) continue
          r += c[0]
          g += c[1]
          b += c[2]
          a++
        }
      const o = py * (size * 4 + 1) + 1 + px * 4
      raw[o] = a ? Math.round(r / a) : 0
      raw[o + 1] = a ? Math.round(g / a) : 0
      raw[o + 2] = a ? Math.round(b / a) : 0
      raw[o + 3] = Math.round((255 * a) / (ss * ss))
    }
  }
  const crcTable = Array.from({ length: 256 }, (_, n) => {
    let c = n
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1
    return c >>> 0
  })
  const crc = (buf) => {
    let c = 0xffffffff
    for (const byte of buf) c = crcTable[(c ^ byte) & 0xff] ^ (c >>> 8)
    return (c ^ 0xffffffff) >>> 0
  }
  const chunk = (type, data) => {
    const len = Buffer.alloc(4)
    len.writeUInt32BE(data.length)
    const body = Buffer.concat([Buffer.from(type, 'ascii'), data])
    const sum = Buffer.alloc(4)
    sum.writeUInt32BE(crc(body))
    return Buffer.concat([len, body, sum])
  }
  const ihdr = Buffer.alloc(13)
  ihdr.writeUInt32BE(size, 0)
  ihdr.writeUInt32BE(size, 4)
  ihdr.set([8, 6, 0, 0, 0], 8) // 8-bit RGBA
  const signature = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])
  return Buffer.concat([
    signature,
    chunk('IHDR', ihdr),
    chunk('IDAT', deflateSync(raw, { level: 9 })),
    chunk('IEND', Buffer.alloc(0)),
  ])
}

const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 100 100">
  <rect x="4" y="4" width="92" height="92" rx="18" fill="rgb(${BG})"/>
  <rect x="26.5" y="44" width="7" height="16" fill="rgb(${BAR})"/>
  <rect x="36.5" y="36" width="7" height="24" fill="rgb(${BAR})"/>
  <rect x="46.5" y="27" width="7" height="33" fill="rgb(${HOT})"/>
  <line x1="20" y1="36" x2="64" y2="36" stroke="rgb(${HOT})" stroke-width="1.6" stroke-dasharray="2.5 2.5"/>
  <circle cx="44" cy="44" r="27" fill="none" stroke="rgb(${RING})" stroke-width="5.5"/>
  <line x1="64" y1="64" x2="84" y2="84" stroke="rgb(${RING})" stroke-width="10" stroke-linecap="round"/>
</svg>
`
writeFileSync(new URL('icon.svg', out), svg)
writeFileSync(new URL('icon.png', out), png(1024))
for (const size of [16, 32, 48, 64, 128, 256, 512]) writeFileSync(new URL(`${size}x${size}.png`, out), png(size))
console.log('make-icons: build/icons/icon.svg, icon.png (1024) and 16…512 px PNGs')
