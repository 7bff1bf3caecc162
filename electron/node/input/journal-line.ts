/**
 * A kernel message from a journal as a `journalctl -o short-iso-precise` line
 * (`2026-01-01T10:00:00.123456+00:00 host kernel: message`), the form the parser reads.
 */
export function journalLine(realtimeUsec: bigint, host: string | null, message: string): string {
  const ms = Number(realtimeUsec / 1000n)
  const micros = String(realtimeUsec % 1_000_000n).padStart(6, '0')
  const iso = `${new Date(ms).toISOString().slice(0, 19)}.${micros}+00:00`
  return `${iso} ${host ?? 'localhost'} kernel: ${message}`
}
