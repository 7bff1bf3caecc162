/** What the arch can be read from: the release string, the stack's function names, registers, addresses. */
export interface ArchEvidence {
  readonly version: string | null
  readonly frames: readonly string[]
  readonly registers: ReadonlySet<string>
  /** Raw frame lines (with their `[<address>]`), for the address width. */
  readonly frameTexts: readonly string[]
  readonly zoneNames: readonly string[]
}

const BY_VERSION: ReadonlyArray<readonly [RegExp, string]> = [
  [/x86_64|amd64/, 'x86_64'],
  [/(?:^|[-.])i?686/, 'i686'],
  [/(?:^|[-.])i[345]86/, 'i386'],
  [/aarch64|arm64/, 'arm64'],
  [/armv\d|armhf|armel|\.arm(?:$|-)/, 'arm'],
  [/ppc64le/, 'ppc64le'],
  [/ppc64/, 'ppc64'],
  [/s390x/, 's390x'],
  [/riscv64/, 'riscv64'],
  [/mips/, 'mips'],
]

// Entry-path functions only one architecture has (the syscall and exception entry code is per arch).
const BY_FRAME: ReadonlyArray<readonly [RegExp, string]> = [
  [/^(?:__arm64_sys_|el0_svc|el0_sync|el0_da|el1_|do_el0_svc|el0t_64_|do_mem_abort$|do_translation_fault$)/, 'arm64'],
  [/^(?:entry_SYSCALL_64|do_syscall_64$|__x64_sys_|x64_sys_call$|asm_exc_page_fault$|ret_from_fork_asm$)/, 'x86_64'],
  [/^(?:entry_SYSENTER_32|entry_INT80_32|sysenter_do_call$|syscall_call$|do_int80_syscall_32$)/, 'i386'],
  [/^csky_/, 'csky'],
  [/^(?:ret_fast_syscall$|__irq_svc$|vector_swi$|__dabt_usr$|__dabt_svc$)/, 'arm'],
  [/^(?:plat_irq_dispatch$|handle_int$|syscall_common$|handle_sys$)/, 'mips'],
  [/^(?:system_call_exception$|system_call_common$|system_call_vectored_)/, 'powerpc'],
  [/^(?:do_trap_ecall_u$|handle_exception$)/, 'riscv'],
]

const BY_REGISTER: ReadonlyArray<readonly [string, string]> = [
  ['RIP', 'x86_64'],
  ['RAX', 'x86_64'],
  ['EIP', 'i386'],
  ['EAX', 'i386'],
  ['pstate', 'arm64'],
  ['x29', 'arm64'],
  ['epc', 'mips'],
  ['NIP', 'powerpc'],
]

/**
 * The architecture, as `uname -m` would name it where the evidence allows (`x86_64`, `i686`, `arm64`,
 * `arm`, `mips`, `csky`, `powerpc`...), or null. The release string wins (distros put the arch in it),
 * then entry-path function names, then register names, then x86-64's kernel text addresses
 * (`ffffffff8…`–`ffffffffc…`).
 */
export function inferArch(e: ArchEvidence): string | null {
  if (e.version !== null) {
    for (const [re, arch] of BY_VERSION) if (re.test(e.version)) return arch
  }
  for (const fn of e.frames) {
    for (const [re, arch] of BY_FRAME) if (re.test(fn)) return arch
  }
  for (const [reg, arch] of BY_REGISTER) if (e.registers.has(reg)) return arch
  if (e.frameTexts.some((t) => /^\[<ffffffff[89abc][0-9a-f]{7}>\]/.test(t))) return 'x86_64'
  return null
}
