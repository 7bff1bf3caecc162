/** A stack frame before the assembler adds its position. */
export interface ParsedFrame {
  readonly fn: string
  readonly offset: string | null
  readonly module: string | null
  readonly uncertain: boolean
}

// Leading address groups: `[<ffffffff810861fd>]` (x86 ≤ 4.x, arm, mips, csky), `[c0000000fdd0fb30]` (powerpc).
const ADDRS = /^(?:\[<?[0-9a-fA-F]+>?\]\s*)*/
const FRAME =
  /^(\? )?\(?([A-Za-z_.$][\w.$]*)\+(0x[0-9a-fA-F]+\/0x[0-9a-fA-F]+)\)?(?:\s+\[([\w-]+)(?:\s+[0-9a-f]+)?\])?(?:\s+from\s.*|\s+\(unreliable\))?\s*$/

/** `Call Trace:` / `Call trace:` (also `Call Trace: [<...>] fn+0x..` on one line in some pastes). */
export function isCallTraceTitle(message: string): boolean {
  return /^Call [Tt]race:/.test(message)
}

/**
 * Parse one frame: `? dump_header+0x64/0x1ab`, `[<c171e79e>] dump_stack+0x4b/0x75`,
 * `xfs_vm_readpages+0x18/0x20 [xfs]`, `mhi_prepare_channel+0x127/0x2d0 [mhi 40df44…]`,
 * arm's `[<c0013d3c>] (unwind_backtrace+0x0/0xe0) from [<…>] (…)`. Null when it is not a frame.
 */
export function parseFrame(message: string): ParsedFrame | null {
  const rest = message.replace(ADDRS, '')
  // arm ≥ 4.x: `[<c010f8ac>] (dump_backtrace) from [<c010fb7c>] (show_stack+0x20/0x24)`.
  const arm = /^\(([A-Za-z_.$][\w.$]*)\) from \[</.exec(rest)
  if (arm) return { fn: arm[1] ?? '', offset: null, module: null, uncertain: false }
  const m = FRAME.exec(rest)
  if (!m) return null
  return { fn: m[2] ?? '', offset: m[3] ?? null, module: m[4] ?? null, uncertain: m[1] !== undefined }
}

/** `<IRQ>`, `</TASK>`, `<EOI>` ... markers inside a trace. */
export function isTraceMarker(message: string): boolean {
  return /^<\/?(?:IRQ|TASK|EOI|NMI|SOFTIRQ)>$/.test(message)
}

const REG_NAMES =
  /^(?:RIP|RSP|RAX|RBX|RCX|RDX|RSI|RDI|RBP|R\d\d|EIP|EAX|EBX|ECX|EDX|ESI|EDI|EBP|ESP|DS|ES|FS|GS|CS|SS|CR\d|DR\d|ORIG_RAX|Code|pc|lr|sp|pstate|x\d{1,2}|epc|ra|Status|Cause|BadVA|PrId|Stack|NIP|MSR|LR|CTR|XER|CFAR|GPR\d\d|REGS|Process|Modules linked in|Workqueue|Krnl PSW|Krnl GPRS|task|ti|PC is at|LR is at|psr|Flags|Backtrace)\s*:/

/**
 * Register dumps, code bytes, `Workqueue:`, `Modules linked in:` and MIPS/arm stack words: recognised
 * parts of the dump that OOMLens does not keep as data. `x29: ffff… x28: …` (arm64) and `$ 0   : …`
 * (mips) included.
 */
export function isRegisterOrDumpLine(message: string): boolean {
  if (REG_NAMES.test(message)) return true
  if (/^\$\s?\d+\s*:/.test(message)) return true
  if (/^[A-Z][A-Z0-9_]{1,7}: [0-9a-f]{8,}/.test(message)) return true
  // Stack words: `80a50000 80a576c7 809c4374 …`, `...`, and x86 ≤ 3.x's raw stack dump lines.
  if (/^(?:[0-9a-f]{8,16}(?:\s+|$))+(?:\.\.\.)?$/.test(message) || message === '...') return true
  return false
}
