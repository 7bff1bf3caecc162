/** What a stream holds, decided from its first bytes (never from the file name). */
export type StreamFormat = 'gzip' | 'xz' | 'zstd' | 'bzip2' | 'tar' | 'zip' | 'journal' | 'binary' | 'text'

export type CompressionFormat = 'gzip' | 'xz' | 'zstd' | 'bzip2'

/** Bytes needed to recognise every format (the tar magic sits at offset 257). */
export const SNIFF_BYTES = 4096

export function isCompression(format: StreamFormat): format is CompressionFormat {
  return format === 'gzip' || format === 'xz' || format === 'zstd' || format === 'bzip2'
}

function startsWith(head: Buffer, bytes: readonly number[]): boolean {
  return head.length >= bytes.length && bytes.every((b, i) => head[i] === b)
}

export function sniffFormat(head: Buffer): StreamFormat {
  if (startsWith(head, [0x1f, 0x8b])) return 'gzip'
  if (startsWith(head, [0xfd, 0x37, 0x7a, 0x58, 0x5a, 0x00])) return 'xz'
  if (startsWith(head, [0x28, 0xb5, 0x2f, 0xfd])) return 'zstd'
  if (startsWith(head, [0x42, 0x5a, 0x68]) && head[3]! >= 0x31 && head[3]! <= 0x39) return 'bzip2'
  if (startsWith(head, [0x50, 0x4b, 0x03, 0x04]) || startsWith(head, [0x50, 0x4b, 0x05, 0x06])) return 'zip'
  if (head.toString('latin1', 0, 8) === 'LPKSHHRH') return 'journal'
  if (head.length >= 262 && head.toString('latin1', 257, 262) === 'ustar') return 'tar'
  return looksBinary(head) ? 'binary' : 'text'
}

/**
 * Control bytes other than tab/newline/CR/FF/ESC mark binary data. NUL is left out: syslog files
 * often carry runs of NULs after an unclean shutdown and are still text.
 */
function looksBinary(head: Buffer): boolean {
  if (head.length === 0) return false
  let control = 0
  let nul = 0
  for (const b of head) {
    if (b === 0) nul++
    else if (b < 0x20 && b !== 9 && b !== 10 && b !== 12 && b !== 13 && b !== 27) control++
    else if (b === 0x7f) control++
  }
  if (nul === head.length) return false
  return control / head.length > 0.02 || (nul / head.length > 0.3 && control > 0)
}
