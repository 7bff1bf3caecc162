/**
 * Looking a number up in the glossary (`entries.ts`): by context and the kernel's own name, falling
 * back through related contexts (a zone line's `active_anon` is the same counter as Mem-Info's).
 */
import type { Lang } from '../lang'
import { GLOSSARY, type GlossaryEntry, type KernelDoc } from './entries'

export { GLOSSARY, KERNEL_DOCS, type GlossaryEntry, type KernelDoc } from './entries'

/** Where a name is shown; a context's names are the kernel's for that file or report line. */
export type GlossaryContext = 'zone' | 'counter' | 'meminfo' | 'memcg' | 'task' | 'sysctl' | 'report' | 'migrate'

/** Contexts tried, in order, for a name shown in `context`. */
const FALLBACK: Readonly<Record<GlossaryContext, readonly GlossaryContext[]>> = {
  zone: ['zone', 'counter'],
  counter: ['counter', 'zone'],
  meminfo: ['meminfo'],
  memcg: ['memcg', 'counter'],
  task: ['task'],
  sysctl: ['sysctl'],
  report: ['report'],
  migrate: ['migrate'],
}

/** What a tooltip shows: the name as the kernel spells it, its meaning, how it is computed, the page. */
export interface GlossaryNote {
  readonly key: string
  readonly term: string
  readonly meaning: string
  readonly computed: string
  readonly doc: KernelDoc
}

/** The entry key for `name` shown in `context` (`zone:min`), or null when the glossary has none. */
export function glossaryKey(context: GlossaryContext, name: string): string | null {
  for (const c of FALLBACK[context]) if (`${c}:${name}` in GLOSSARY) return `${c}:${name}`
  return null
}

/** The note for a key (`zone:min`) in `lang`, or null for an unknown key. */
export function glossaryNote(key: string, lang: Lang): GlossaryNote | null {
  const entry: GlossaryEntry | undefined = GLOSSARY[key]
  if (!entry) return null
  const text = entry.text[lang]
  return { key, term: key.slice(key.indexOf(':') + 1), meaning: text.meaning, computed: text.computed, doc: entry.doc }
}
