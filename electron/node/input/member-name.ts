/** Why an archive member name is refused, or null when it is safe to use. */
export function unsafeMemberReason(name: string): string | null {
  if (name.startsWith('/') || /^[a-zA-Z]:[\\/]/.test(name)) return 'an absolute path'
  if (name.split(/[\\/]/).includes('..')) return 'a path leaving the archive (`..`)'
  return null
}

/** `./var/log/messages` → `var/log/messages`. */
export function normaliseMemberName(name: string): string {
  return name.replace(/^(\.\/)+/, '')
}

const COMPRESSION_EXT = /\.(gz|xz|zst|zstd|bz2)$/i

/** `messages-20260101.gz` → `messages-20260101`; a `.tgz` becomes `.tar`. */
export function stripCompressionExt(name: string): string {
  if (/\.tgz$/i.test(name)) return name.replace(/\.tgz$/i, '.tar')
  return name.replace(COMPRESSION_EXT, '')
}
