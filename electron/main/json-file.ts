// A small JSON file in the user data folder, written atomically (temp file + rename, so a crash
// mid-write leaves the old file, never half of one). A file that cannot be parsed or fails its
// check is set aside as `<name>.corrupt-<time>` with a warning and the defaults are used: a broken
// settings file must never stop the app from starting.
import { existsSync, mkdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs'
import { basename, dirname, join } from 'node:path'

export interface JsonFile<T> {
  read(): T
  write(value: T): void
}

/**
 * `check` turns parsed JSON into a value, or null when it is not one (treated as corrupt).
 * `warn` hears about files set aside and writes that failed.
 */
export function jsonFile<T>(
  path: string,
  fallback: T,
  check: (v: unknown) => T | null,
  warn: (m: string) => void,
): JsonFile<T> {
  const setAside = (why: string) => {
    const aside = `${path}.corrupt-${new Date().toISOString().replace(/[:.]/g, '-')}`
    try {
      renameSync(path, aside)
      warn(`${path} ${why}; set it aside as ${basename(aside)} and started from defaults`)
    } catch (err) {
      warn(`${path} ${why} and could not be set aside (${String(err)}); using defaults`)
    }
  }
  return {
    read() {
      if (!existsSync(path)) return fallback
      let text: string
      try {
        text = readFileSync(path, 'utf8')
      } catch (err) {
        warn(`${path} could not be read (${String(err)}); using defaults`)
        return fallback
      }
      let parsed: unknown
      try {
        parsed = JSON.parse(text)
      } catch {
        setAside('is not valid JSON')
        return fallback
      }
      const value = check(parsed)
      if (value === null) setAside('does not hold what OOMLens wrote there')
      return value ?? fallback
    },
    write(value) {
      const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`)
      try {
        mkdirSync(dirname(path), { recursive: true })
        writeFileSync(temp, `${JSON.stringify(value, null, 2)}\n`, { mode: 0o600 })
        renameSync(temp, path)
      } catch (err) {
        rmSync(temp, { force: true })
        warn(`${path} could not be saved (${String(err)})`)
      }
    },
  }
}
