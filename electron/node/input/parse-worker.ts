// Worker thread body: the parser of one case (CaseParserCore, with each event analysed as soon as it
// is found), fed the report-window lines the reading thread finds. Protocol in parse-protocol.ts.
import { parentPort, workerData } from 'node:worker_threads'
import { CaseParserCore } from './case-parser'
import { applyItem, itemCalls, type FromParser, type ParseWorkerData, type ToParser } from './parse-protocol'

const port = parentPort!
const { analyse, sendFound, sendSettled } = workerData as ParseWorkerData
const post = (message: FromParser): void => port.postMessage(message)
let failed = false

const core = new CaseParserCore(
  {
    found: (event) => post({ type: 'found', event: sendFound ? event : null }),
    settled: (event) => {
      if (sendSettled) post({ type: 'settled', event })
    },
  },
  analyse,
)

port.on('message', (message: ToParser) => {
  // After a failure the parser's state is unknown: the reading thread is told once and stops.
  if (failed) return
  try {
    if (message.type === 'items') {
      let count = 0
      for (const item of message.items) {
        applyItem(core, item)
        count += itemCalls(item)
      }
      post({ type: 'parsed', count })
    } else post({ type: 'done', result: core.finish(message.firstPath) })
  } catch (error) {
    failed = true
    const e = error instanceof Error ? error : new Error(String(error))
    post({ type: 'error', message: e.message, stack: e.stack })
  }
})
