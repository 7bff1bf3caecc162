/** `key:value` tokens of Mem-Info, node and zone lines, as printed. */
export interface ParsedFields {
  readonly fields: Record<string, number>
  /** Keys printed with a `kB`/`KB` suffix. */
  readonly kbFields: string[]
  /** `all_unreclaimable? yes` style booleans. */
  readonly flags: Record<string, boolean>
  /** Tokens that were not `key:value` (a line cut mid-token, a stray word). */
  readonly unparsed: string[]
  /** Key of the last token when it looked cut short (no unit where its neighbours had one). */
  readonly cutKey: string | null
}

// `isolated(file) :0kB` and `active_file:28k B` are real (a mail client's stray spaces); tolerate them.
const KV = /([A-Za-z_][\w()-]*)\s?:\s?(-?\d+)(?:(kB|KB)|k (B))?(?=[\s,]|$)/y
const FLAG = /([A-Za-z_][\w()]*)\?\s*(yes|no)(?=\s|$)/y
const WORD = /\S+/y
const SPACE = /[\s,]+/y

function stickyAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at
  return re.exec(text)
}

/**
 * Tokenise `free:3840kB min:788kB ... all_unreclaimable? no`. Never throws; anything else is returned
 * in `unparsed`. Linear in the text length.
 */
export function parseFields(text: string): ParsedFields {
  const fields: Record<string, number> = {}
  const kbFields: string[] = []
  const flags: Record<string, boolean> = {}
  const unparsed: string[] = []
  let at = 0
  let lastKey: string | null = null
  let lastHadUnit = false
  while (at < text.length) {
    const sp = stickyAt(SPACE, text, at)
    if (sp) {
      at += sp[0].length
      continue
    }
    const f = stickyAt(FLAG, text, at)
    if (f) {
      flags[f[1] ?? ''] = f[2] === 'yes'
      at += f[0].length
      lastKey = null
      continue
    }
    const kv = stickyAt(KV, text, at)
    if (kv && !Number.isSafeInteger(Number(kv[2]))) {
      // Past 2^53 the number has lost precision (a u64 -1, a corrupt digit run): not a value to keep.
      unparsed.push(kv[0])
      lastKey = null
      at += kv[0].length
      continue
    }
    if (kv) {
      const key = kv[1] ?? ''
      fields[key] = Number(kv[2])
      lastHadUnit = kv[3] !== undefined || kv[4] !== undefined
      if (lastHadUnit) kbFields.push(key)
      lastKey = key
      at += kv[0].length
      continue
    }
    const w = stickyAt(WORD, text, at)
    const word = w?.[0] ?? text.slice(at)
    unparsed.push(word)
    lastKey = null
    at += word.length || 1
  }
  const cutKey = lastKey !== null && !lastHadUnit && kbFields.length > 2 ? lastKey : null
  return { fields, kbFields, flags, unparsed, cutKey }
}
