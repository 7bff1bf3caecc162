/** A stack frame before the assembler adds its position. */
export interface ParsedFrame {
  readonly fn: string
  readonly offset: string | null
  readonly module: string | null
  readonly uncertain: boolean
}

// Leading address groups: `[<ffffffff810861fd>]` (x86 ≤ 4.x, arm, mips, csky), `[c0000000fdd0fb30]` (powerpc).
const ADDRS = /^(?:\[<?[0-9a-fA-F]+>?\]\s*)*/
/** i386 2.6.2x without frame pointers prints the symbol in the address brackets: `[oom_kill_process+0x10a/0x120]`. */
const SYMBOLIC_ADDR = /^\[(?:[\w-]+:)?[A-Za-z_.$][\w.$]*\+0x[0-9a-fA-F]+\/0x[0-9a-fA-F]+\]\s+(?=\S)/
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
  const rest = message.replace(ADDRS, '').replace(SYMBOLIC_ADDR, '')
  // arm ≥ 4.x: `[<c010f8ac>] (dump_backtrace) from [<c010fb7c>] (show_stack+0x20/0x24)`.
  const arm = /^\(([A-Za-z_.$][\w.$]*)\) from \[</.exec(rest)
  if (arm) return { fn: arm[1] ?? '', offset: null, module: null, uncertain: false }
  // arm ≥ 5.19 (arch/arm/kernel/traps.c dump_backtrace_entry): `unwind_backtrace from show_stack+0x18/0x1c`;
  // a mail client may have wrapped the caller off (`shmem_getpage_gfp.constprop.0 from`).
  const from = /^([A-Za-z_.$][\w.$]*) from(?: [A-Za-z_.$][\w.$]*\+0x[0-9a-fA-F]+\/0x[0-9a-fA-F]+)?$/.exec(rest)
  if (from) return { fn: from[1] ?? '', offset: null, module: null, uncertain: false }
  const m = FRAME.exec(rest)
  if (!m) return null
  return { fn: m[2] ?? '', offset: m[3] ?? null, module: m[4] ?? null, uncertain: m[1] !== undefined }
}

/**
 * `<IRQ>`, `</TASK>`, `<EOI>` ... markers inside a trace, the `=======================` line that ends an
 * i386 2.6.x trace (arch/x86/kernel/traps_32.c show_trace), and arm's `Exception stack(0x… to 0x…)` title.
 */
export function isTraceMarker(message: string): boolean {
  return (
    /^<\/?(?:IRQ|TASK|EOI|NMI|SOFTIRQ)>$/.test(message) ||
    /^={8,}$/.test(message) ||
    /^Exception stack\(0x[0-9a-f]+ to 0x[0-9a-f]+\)$/.test(message)
  )
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
  // arm32 registers (`r10: 00000000  r9 : c0a0b0c0`, `sp : c2821e58  ip : …`): all-decimal values too.
  if (/^(?:r\d{1,2}|sp|ip|fp|pc|lr|sl|psr)\s*:\s*(?:\[<)?[0-9a-f]{8}\b/.test(message)) return true
  // Code bytes wrapped off a `Code:` line: `c3 66 0f 1f 84 00 … <48> 3d`.
  if (/^(?:[<(]?[0-9a-f]{2}[>)]?\s+){7,}[<(]?[0-9a-f]{2}[>)]?$/.test(message)) return true
  // Hex dump rows (arm's exception stack `1fa0: 00000000 …`, `Code:` continuations): an offset, then words.
  if (/^[0-9a-f]{3,16}:(?:\s+(?:[0-9a-f]{2,16}|\([0-9a-f]{2,16}\)|<[0-9a-f]{2,16}>))+\s*$/.test(message)) return true
  if (/^[A-Z][A-Z0-9_]{1,7}: [0-9a-f]{8,}/.test(message)) return true
  // Stack words: `80a50000 80a576c7 809c4374 …`, `...`, and x86 ≤ 3.x's raw stack dump lines.
  if (/^(?:[0-9a-f]{8,16}(?:\s+|$))+(?:\.\.\.)?$/.test(message) || message === '...') return true
  return false
}
