// Reads a case in a process of its own and prints what a test needs to judge it: wall time, peak RSS
// of this process, the events and the warnings. Run as `node --import tsx read-in-child.ts <paths...>`.
import { readCase } from '../../../../electron/node/input/read-case'

const started = performance.now()
const parsed = await readCase(process.argv.slice(2))
process.stdout.write(
  `${JSON.stringify({
    ms: performance.now() - started,
    maxRssMb: process.resourceUsage().maxRSS / 1024,
    events: parsed.events.length,
    warnings: parsed.issues
      .filter((i) => i.severity !== 'info')
      .map((i) => ({ code: i.code, path: i.path, message: i.message })),
  })}\n`,
)
