// The `oomlens` command (bin/oomlens.mjs runs this file, or its bundle out/cli/oomlens.mjs). Each
// command's module is imported when it runs, so `oomlens --help` starts without loading the readers. stdout carries only the command's output
// (the JSON with --json); every message goes to stderr as one line. Exit codes: 0 done, 1 internal
// error (a bug), 2 bad usage, 3 unreadable or unsupported input.
import { cac } from 'cac'
import { terminalSafe } from '../../shared/base/neutralize'
import { isLang, LANGS, type Lang } from '../../shared/i18n/lang'
import { isInputError } from '../node/input/input-error'
import { parseSet } from './parse-set'
import { UsageError } from './usage-error'

interface CommonFlags {
  readonly lang?: string
  readonly set?: string | readonly string[]
}

function langOf(flags: CommonFlags): Lang {
  const lang = flags.lang ?? 'en'
  if (!isLang(lang)) throw new UsageError(`--lang must be one of ${LANGS.join(', ')}, got '${lang}'`)
  return lang
}

function setsOf(flags: CommonFlags): readonly string[] {
  if (flags.set === undefined) return []
  return (Array.isArray(flags.set) ? flags.set : [flags.set]).map(String)
}

/**
 * cac (mri) drops a lone `-`, the usual name of standard input; it is swapped for a token no path can
 * hold (argv strings never contain NUL) before parsing and back after.
 */
const STDIN_TOKEN = '\u0000stdin'

function withStdin(paths: readonly string[]): string[] {
  return paths.map((p) => (p === STDIN_TOKEN ? '-' : p))
}

function portOf(value: unknown): number | undefined {
  if (value === undefined) return undefined
  const port = Number(value)
  if (!Number.isInteger(port) || port < 0 || port > 65535)
    throw new UsageError(`--port must be 0..65535, got '${String(value)}'`)
  return port
}

function buildCli(): ReturnType<typeof cac> {
  const cli = cac('oomlens')
  cli
    .command('analyze <...paths>', 'Analyse logs, archives, directories and proc snapshots as one case (- reads stdin)')
    .option('--json', 'Print the oomlens.analysis/1 JSON on stdout')
    .option('--jsonl', 'Print one JSON object per event (the contract event, plus host and input) as each is read')
    .option('--host <name>', 'With --jsonl: the host name for events whose log names none')
    .option(
      '--set <name=value>',
      'What-if setting (min_free_kbytes, watermark_scale_factor, cma_kb, swap_kb, oom_score_adj.<pid>)',
      { type: [String] },
    )
    .option('--lang <lang>', 'en, zh-CN or zh-TW')
    .action(async (paths: string[], flags: CommonFlags & { json?: boolean; jsonl?: boolean; host?: unknown }) => {
      if (flags.json === true && flags.jsonl === true) throw new UsageError('--json and --jsonl cannot be combined')
      if (flags.host !== undefined && flags.jsonl !== true) throw new UsageError('--host goes with --jsonl')
      const output = flags.jsonl === true ? 'jsonl' : flags.json === true ? 'json' : 'table'
      const host = flags.host === undefined ? null : String(flags.host)
      const options = { output, host, lang: langOf(flags), set: parseSet(setsOf(flags)) } as const
      const { runAnalyze } = await import('./commands/analyze')
      return runAnalyze(withStdin(paths), options)
    })
  cli
    .command('report <...paths>', 'Write a report (.pdf, .html or .md, by the output extension; - reads stdin)')
    .option('-o, --output <file>', 'Report file to write')
    .option('--set <name=value>', 'What-if setting', { type: [String] })
    .option('--lang <lang>', 'en, zh-CN or zh-TW')
    .option('--chromium <path>', 'Chromium used to print the PDF')
    .option('--paper <size>', 'A4 or Letter')
    .action(async (paths: string[], flags: CommonFlags & { output?: string; chromium?: string; paper?: string }) => {
      if (typeof flags.output !== 'string' || flags.output === '') throw new UsageError('report needs -o <file>')
      if (flags.paper !== undefined && flags.paper !== 'A4' && flags.paper !== 'Letter') {
        throw new UsageError(`--paper must be A4 or Letter, got '${flags.paper}'`)
      }
      const lang = langOf(flags)
      const set = parseSet(setsOf(flags))
      const { runReport } = await import('./commands/report')
      return runReport(withStdin(paths), {
        output: flags.output,
        lang,
        set,
        ...(flags.chromium !== undefined ? { chromium: String(flags.chromium) } : {}),
        ...(flags.paper !== undefined ? { paper: flags.paper } : {}),
      })
    })
  cli
    .command('serve [...paths]', 'Open the workbench in a browser (127.0.0.1 only; - reads stdin)')
    .option('--port <n>', 'Port to listen on')
    .option('--open', 'Open a browser')
    .option('--lang <lang>', 'en, zh-CN or zh-TW')
    .action(async (paths: string[], flags: CommonFlags & { port?: unknown; open?: boolean }) => {
      const port = portOf(flags.port)
      const lang = langOf(flags)
      const { runServe } = await import('./commands/serve')
      return runServe(withStdin(paths), { ...(port !== undefined ? { port } : {}), open: flags.open === true, lang })
    })
  cli.help()
  return cli
}

/** A message on one line, shown inert: errors name paths and members taken from the evidence. */
function oneLine(text: string): string {
  return terminalSafe(text.replace(/\s*\n\s*/g, ' ').trim())
}

/** Runs the command line; resolves with the process exit code. */
export async function main(argv: readonly string[]): Promise<number> {
  const cli = buildCli()
  try {
    const parsed = cli.parse(['node', 'oomlens', ...argv.map((a) => (a === '-' ? STDIN_TOKEN : a))], { run: false })
    if (parsed.options.help) return 0
    if (!cli.matchedCommand) {
      const what = cli.args[0] ? `unknown command '${cli.args[0]}'` : 'no command given'
      throw new UsageError(`${what} (commands: analyze, report, serve; see oomlens --help)`)
    }
    const code: unknown = await cli.runMatchedCommand()
    return typeof code === 'number' ? code : 0
  } catch (error) {
    if (isInputError(error)) {
      process.stderr.write(`oomlens: ${oneLine(error.message)}\n`)
      return error.code === 'cancelled' ? 130 : 3
    }
    if (error instanceof UsageError || (error instanceof Error && error.name === 'CACError')) {
      const hint = /--help/.test(error.message) ? '' : ' (see oomlens --help)'
      process.stderr.write(`oomlens: ${oneLine(error.message)}${hint}\n`)
      return 2
    }
    // The reader of stdout went away (`oomlens analyze x --json | head`): nothing left to say.
    if (error instanceof Error && 'code' in error && error.code === 'EPIPE') return 0
    const message = error instanceof Error ? error.message : String(error)
    process.stderr.write(`oomlens: internal error: ${oneLine(message)}\n`)
    if (process.env.OOMLENS_DEBUG && error instanceof Error) process.stderr.write(`${error.stack ?? ''}\n`)
    return 1
  }
}

// A closed stdout (`oomlens analyze x --json | head`) is not an error worth a stack trace.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error
  process.exit(0)
})
process.exitCode = await main(process.argv.slice(2))
