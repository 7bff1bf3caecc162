/**
 * English messages for findings (the reference catalogue: every key exists here; the other languages
 * must have the same keys, a test checks it). Placeholders: see `t()` in ../t.ts.
 */
export const CATALOG_EN = {
  'finding.lowmem-exhausted.title': 'Lowmem exhausted: the request could not use {upper}',
  'finding.fragmentation.title': 'Fragmentation: no free block of the requested order',
  'finding.cma-unusable.title': 'Free memory is CMA, unusable for this request',
  'finding.memcg-limit.title': 'Memory cgroup limit reached',
  'finding.memory-exhausted.title': 'Memory exhausted: RAM filled up with nothing left to reclaim',
  'finding.pagetable-bloat.title': 'Page tables hold a large share of memory',
  'finding.slab-bloat.title': 'Unreclaimable slab holds a large share of memory',
  'finding.shmem-tmpfs.title': 'shmem/tmpfs holds a large share of memory',
  'finding.hugetlb-reserved.title': 'Reserved huge pages hold a large share of memory',
  'finding.unaccounted-memory.title': 'Memory in no counter: untracked kernel or driver allocations',
  'finding.high-min-watermark.title': 'The min watermark is a large share of memory',
  'finding.atomic-no-reclaim.title': 'The request could not reclaim or compact',
  'finding.no-swap.title': 'No swap configured',
  'finding.constraint-cpuset-mempolicy.title': 'A cpuset or memory policy limited the usable nodes',
  'finding.manual-trigger.title': 'OOM killer invoked by hand (sysrq)',
  'finding.panic-on-oom.title': 'The kernel panicked on OOM',
  'finding.no-killable-task.title': 'The OOM killer found no task it could kill',
  'finding.outcome-unexplained.title': 'No rule explains this event',
  'finding.repeated-victim.title': 'The same victim was killed repeatedly',
  'finding.periodic-oom.title': 'OOMs at a regular interval',
  'finding.memory-leak-trend.title': 'Memory lost steadily across measurements: a leak',

  'finding.lowmem-exhausted.detail':
    'The request (gfp_mask {gfp}, order {order}{caller}){klass} may use only the zones up to {highest} ({zones}); {upper} is above that and not in its zonelist. Every zone it may use refused it: {lowmem}. {upper} had {highFree:kb} free{cma}, which this request cannot use. {why}',
  'finding.fragmentation.detail':
    'The request (gfp_mask {gfp}) needs 2^{order} physically contiguous pages: one free block of {blockKb} kB. Pages were not short — {zone} had {free:kb} free against a min watermark of {min:kb} — but no free block of that size existed in a migrate type the request may use (the largest usable free block was {largestKb} kB). Free memory was split into pieces too small: external fragmentation. An order-0 request would have succeeded.{fenced}{compact}',
  'finding.fragmentation.detail-cma-blocks':
    'The request (gfp_mask {gfp}) needs 2^{order} physically contiguous pages: one free block of {blockKb} kB. {zone} had {free:kb} free against a min watermark of {min:kb}, and blocks of that size were free ({cmaOnlyKb:kb}), but every one of them lies in CMA pageblocks, which this request may not use; the largest block it could use was {largestKb} kB. Usable free memory was fragmented.{fenced}{compact}',
  'finding.fragmentation.detail-after':
    'The request (gfp_mask {gfp}) needs one free block of {blockKb} kB (order {order}). {zone} had {free:kb} free, well above its min watermark of {min:kb}: pages were not short, contiguous blocks were. The buddy lists are printed after the allocator gave up, so the few blocks of that size they show were not there when it tried; requests above order 3 (PAGE_ALLOC_COSTLY_ORDER) give up once compaction fails and never invoke the OOM killer.{fenced}{compact}',
  'finding.fragmentation.detail-no-dump':
    'The request (gfp_mask {gfp}) needed one free block of {blockKb} kB (order {order}) and failed; the report carries no memory dump. Orders above 3 (PAGE_ALLOC_COSTLY_ORDER) fail without invoking the OOM killer once compaction cannot build the block, which on a long-running machine is almost always fragmentation rather than a lack of memory. Inferred from the order alone.',
  'finding.cma-unusable.detail':
    '{pct:pct} % of the free memory is CMA: free {free:kb}, of which free_cma {cma:kb}. This request (gfp_mask {gfp}) is not movable, so it may not use CMA pageblocks and free CMA does not count toward its watermark: it saw only {nonCma:kb}, not above what {zone} demanded at its {mark} watermark ({min:kb}; missed by {miss:kb}).',
  'finding.cma-unusable.detail-blocks':
    '{pct:pct} % of the free memory is CMA: free {free:kb}, of which free_cma {cma:kb}. The request (gfp_mask {gfp}, order {order}) needs a {blockKb} kB block and is not movable, so CMA pageblocks are closed to it — and every free block of that size ({cmaOnlyKb:kb}) is CMA. What it was allowed to use was in pieces too small.',
  'finding.cma-unusable.detail-unread':
    '{pct:pct} % of the free memory is CMA: free {free:kb}, of which free_cma {cma:kb}. The request (gfp_mask {gfp}, order {order}) needs a {blockKb} kB block and is not movable, so CMA pageblocks are closed to it: only the {nonCma:kb} outside CMA could hold its block. The report does not show the free lists, so which block sizes were free there cannot be read; the zone passed the watermark, so the block was what failed.',
  'finding.cma-unusable.detail-outcome':
    '{pct:pct} % of the free memory is CMA: free {free:kb}, of which free_cma {cma:kb}. On a stock kernel this movable request (gfp_mask {gfp}) may use CMA and would have passed, yet the kernel ran out of memory: the numbers fit only a check without CMA — non-CMA free {nonCma:kb} is not above the {zone} {mark} watermark of {min:kb} (missed by {miss:kb}). CMA was unusable for this request on this kernel (a vendor CMA policy, or a pinned / no-CMA allocation context).',
  'finding.memcg-limit.detail':
    'The memory cgroup {path} reached its limit: usage {usage:kb} of a limit of {limit:kb} (failcnt {failcnt}: charges that hit the limit). The kernel reclaimed inside the group, could not get below the limit, and killed {victim} inside it.{composition}{group}{owner} This is the group’s limit, not the machine running out of memory.',
  'finding.memcg-limit.detail-no-usage':
    'The OOM was confined to the memory cgroup {path}: the group reached its limit and {victim} was killed inside it. The report did not print the usage line.{group}{owner}',
  'finding.memory-exhausted.detail':
    'User memory filled RAM: anonymous and unevictable memory took {user:kb}, {pct:pct} % of the {managed:kb} the kernel manages; free memory was down to {free:kb} and only {file:kb} of file cache was left to reclaim. {zone}{swap} {outcome}{top}',
  'finding.pagetable-bloat.detail':
    'Page tables took {pt:kb}, {pct:pct} % of the {managed:kb} managed. Page tables are kernel memory that cannot be reclaimed while their mappings exist; they grow with the touched virtual address space, not with RSS.',
  'finding.pagetable-bloat.detail-task':
    'Page tables took {pt:kb}, {pct:pct} % of the {managed:kb} managed. {comm} ({pid:id}) alone holds {taskPt:kb} of page tables for a virtual size of {vm:kb}: page tables grow with the touched address space, not with RSS, and cannot be reclaimed while the mapping lives.',
  'finding.slab-bloat.detail':
    'Unreclaimable slab holds {kb:kb}, {pct:pct} % of {managed:kb} managed memory.{cache} These are kernel objects no shrinker can free; unreclaimable slab that keeps growing is the usual trace of a kernel or driver leak.',
  'finding.shmem-tmpfs.detail':
    'Shared memory (tmpfs, /dev/shm, SysV shm, shared anonymous mappings) holds {kb:kb}, {pct:pct} % of the {managed:kb} managed. shmem sits on the anon LRU: only swap can reclaim it, killing a process frees it only if that process was its last user, and files in tmpfs stay until deleted.',
  'finding.hugetlb-reserved.detail':
    'The hugetlb pool holds {kb:kb}, {pct:pct} % of the {managed:kb} managed, {free:kb} of it free. Pool pages leave the page allocator when they are reserved: free huge pages cannot serve ordinary allocations.',
  'finding.unaccounted-memory.detail':
    '{scope}: {managedFrom} {managed:kb}, but every counter the report prints adds up to only {counted:kb} ({buckets}). {kb:kb}, {pct:pct} % of it, is in no counter at all. That is memory taken straight from the page allocator — driver allocations (alloc_pages, large kmalloc on older kernels), vmalloc and percpu memory: kernel allocations nobody tracks.',
  'finding.unaccounted-memory.detail-balloon':
    '{scope}: {managedFrom} {managed:kb}, but every counter the report prints adds up to only {counted:kb} ({buckets}). {kb:kb}, {pct:pct} % of it, is in no counter at all, and {driver} is in the call trace: a balloon driver inflates by allocating guest pages and handing them to the hypervisor, and those pages appear in no counter. The guest had far less memory than its size.',
  'finding.high-min-watermark.detail':
    'The min watermarks add up to about {minFree:kb} (min_free_kbytes), {pct:pct} % of the {lowmem:kb} of lowmem — {factor:1} × the boot default of {def:kb} for this much memory. Memory below min is kept back from ordinary requests, so the machine runs out with that much still free.',
  'finding.high-min-watermark.detail-thp':
    'The min watermarks add up to about {minFree:kb} (min_free_kbytes), {pct:pct} % of the {lowmem:kb} of lowmem — {factor:1} × the boot default of {def:kb} for this much memory. It is THP’s recommended value, {thp:kb}: 11 pageblocks of {pageblock:kb} per zone × {zones} zones{capped}, set when khugepaged starts (transparent_hugepage=always or madvise). Memory below min is kept back from ordinary requests, so the machine runs out with that much still free.',
  'finding.atomic-no-reclaim.detail':
    'The request (gfp_mask {gfp}, order {order}) could not reclaim: {why}. It can only take what is free above its (already reduced) min watermark at that instant, and {zones}. Reclaim could have freed memory ({file:kb} of file cache was there), but this request could not wait for it.',
  'finding.no-swap.detail':
    'No swap is configured. Anonymous memory and shmem ({anon:kb}, {pct:pct} % of {managed:kb}) can only be reclaimed by writing them to swap, so reclaim had only the page cache to work with.',
  'finding.constraint-cpuset-mempolicy.detail-cpuset':
    'The OOM was constrained ({constraint}): the task’s cpuset allows only memory nodes {mems}, so only their memory counted and only tasks in that cpuset were candidates.{other}{elsewhere}',
  'finding.constraint-cpuset-mempolicy.detail-mempolicy':
    'The OOM was constrained ({constraint}): a memory policy (mbind / set_mempolicy, nodemask {nodemask}) limited the request to some nodes, and only tasks using those nodes were candidates.{other}{elsewhere}',
  'finding.manual-trigger.detail':
    'order=-1: the OOM killer was invoked by hand (sysrq-f, or echo f > /proc/sysrq-trigger), here in the context of {comm}. Memory need not have been short at all.',
  'finding.panic-on-oom.detail': 'The kernel panicked instead of killing a task (“{message}”): vm.panic_on_oom is set.',
  'finding.panic-on-oom.detail-compulsory':
    'The kernel panicked instead of killing a task (“{message}”): vm.panic_on_oom = 2 panics on every OOM, even one confined to a cgroup or a cpuset.',
  'finding.no-killable-task.detail':
    'The OOM killer ran but found no task it may kill (“{message}”): every candidate was unkillable (oom_score_adj -1000, kernel threads, init), already exiting, or an earlier victim whose memory killing cannot free (shmem, mlocked pages). The memory stayed where it was.',
  'finding.no-killable-task.detail-panic':
    'The OOM killer ran but found no task it may kill, and for a system-wide OOM the kernel then has no way forward: it panicked (“{message}”). Every candidate was unkillable (oom_score_adj -1000, kernel threads, init), already exiting, or an earlier victim whose memory killing cannot free. This is not vm.panic_on_oom: the kernel had nothing left to kill.',
  'finding.no-killable-task.detail-memcg':
    'The OOM killer ran inside the memory cgroup but found no task it may kill (“{message}”): every task of the group was unkillable, already exiting, or an earlier victim whose memory killing cannot free (shmem, mlocked pages). The kernel does not panic for a cgroup: the charge fails and the allocating task gets -ENOMEM or retries its fault, so the group stays stuck at its limit.',
  'finding.outcome-unexplained.detail':
    'No rule explains this {kind}. What was checked: {checked}. What the report lacks: {lacks}.',
  'finding.outcome-unexplained.detail-zones-passed':
    'Memory was not short where this request could take it: {zones}. On these numbers the kernel’s own check passes, yet the report shows a failure, so the cause lies outside the zone free lists{hint}. What was checked: {checked}. What the report lacks: {lacks}.',
  'finding.repeated-victim.detail':
    '{comm} was the OOM victim {count} times (pid {pids}). Whatever restarts it brings the same memory problem back: the cause is its growth or its limit, not bad luck in victim selection.',
  'finding.periodic-oom.detail':
    '{count} OOM events about every {period} s (intervals {min}–{max} s): something allocates on a schedule — a cron job or timer, a batch, or a leak refilled at a steady rate.',
  'finding.memory-leak-trend.detail-free':
    '{name} fell at every one of {count} measurements, from {from:kb} to {to:kb} (−{change:kb} in {hours:1} h): memory is taken and not given back — a leak.',
  'finding.memory-leak-trend.detail-slab':
    '{name} grew at every one of {count} measurements, from {from:kb} to {to:kb} (+{change:kb} in {hours:1} h): unreclaimable kernel objects keep accumulating — a kernel or driver leak.',
  'finding.manual-trigger.detail-sysrq':
    'The OOM killer was invoked by hand: the kernel logged `sysrq: Manual OOM execution` right before this report (sysrq-f, or echo f > /proc/sysrq-trigger), here in the context of {comm}; kernels of this age pass order={order} rather than -1. Memory need not have been short at all.',
  'finding.manual-trigger.detail-trace':
    'The OOM killer was invoked by hand: moom_callback (sysrq-f, or echo f > /proc/sysrq-trigger) is in the call trace, here in the context of {comm}; kernels of this age pass order={order} rather than -1. Memory need not have been short at all.',
  'finding.fragmentation.detail-highatomic-blocks':
    'The request (gfp_mask {gfp}) needs 2^{order} physically contiguous pages: one free block of {blockKb} kB. {zone} had {free:kb} free against a min watermark of {min:kb}, and blocks of that size were free ({highatomicKb:kb}), but all of them lie in MIGRATE_HIGHATOMIC pageblocks reserved for high-order atomic requests; the largest block this request could use was {largestKb} kB.{fenced}{compact}',
  'finding.fragmentation.detail-no-order':
    'This kernel does not print the order of the request (gfp_mask {gfp}). Every zone it may use had enough free pages — {zone} had {free:kb} against a min watermark of {min:kb} — yet it failed, so what it needed was a contiguous block larger than the free lists held: the largest free block it could use in {zone} was {largestKb} kB.{fenced}',
  'finding.slab-bloat.detail-combined':
    'Slab holds {kb:kb}, {pct:pct} % of {managed:kb} managed memory (this kernel prints one slab counter, reclaimable and unreclaimable together).{cache} Kernel objects on that scale are either caches reclaim failed to shrink or a kernel or driver leak.',
  'finding.shmem-tmpfs.detail-memcg':
    'Inside the memory cgroup {path}, shmem (tmpfs, shared anonymous mappings, SysV shm) holds {kb:kb}, {pct:pct} % of the {usage:kb} the group uses. Charged shmem stays with the group until its files are deleted or it is swapped out: killing the task that mapped it frees little (the oom_reaper leaves shmem-rss behind), so the group keeps hitting its limit.',
  'finding.unaccounted-memory.detail-holders':
    '{scope}: {managedFrom} {managed:kb}, but every counter the report prints adds up to only {counted:kb} ({buckets}). {kb:kb}, {pct:pct} % of it, is in no counter at all, and the report names what can hold such memory: {holders}. Pages taken straight from the page allocator by drivers, compressed-swap pools or CMA users appear in no counter.',
  'finding.high-min-watermark.detail-user':
    'The min watermarks add up to about {minFree:kb} (min_free_kbytes), {pct:pct} % of the {lowmem:kb} of lowmem — {factor:1} × the boot default of {def:kb} and not THP’s recommended value: vm.min_free_kbytes was set by hand or by a tuning profile. Memory below min is kept back from ordinary requests, so the machine runs out with that much still free.',
  'finding.memcg-limit.detail-memsw':
    'The memory cgroup {path} reached its memory+swap limit (cgroup v1 memory.memsw.limit_in_bytes): memory+swap usage {usage:kb} of a limit of {limit:kb} (failcnt {failcnt}), while RAM alone was at {ramUsage:kb} of {ramLimit:kb}. Swapping out could not help — swapped pages count against the same limit — so the kernel killed {victim} inside the group.{composition}{group}{owner} This is the group’s limit, not the machine running out of memory.',
  'finding.memory-exhausted.detail-mixed':
    'Memory ran out where this request could take it: {zone}No single consumer filled it; the largest of the {managed:kb} the kernel manages are {consumers}, and only {file:kb} of file cache was left to reclaim. {swap} {outcome}{top}',
  'finding.memcg-limit.detail-kmem':
    'The memory cgroup {path} reached its kernel-memory limit (cgroup v1 memory.kmem.limit_in_bytes): kmem usage {usage:kb} of a limit of {limit:kb} (failcnt {failcnt}), while RAM was at {ramUsage:kb} of {ramLimit:kb}. Kernel allocations charged to the group (slab, page tables, kernel stacks) failed although user memory had room, and the kernel killed {victim} inside the group.{composition}{group}{owner}',

  'phrase.other-nodes-free': ' Other nodes had {kb:kb} free that this request could not use.',
  'phrase.other-nodes-unknown': ' The report does not say how much the other nodes had free.',
  'phrase.zones-only-elsewhere': ' {zones} exists only on nodes the request may not use.',
  'phrase.caller': ', from {fn}',
  'phrase.zone-below-min':
    '{zone} free {free:kb}{usable} is not above its {mark} watermark {min:kb} (missed by {miss:kb})',
  'phrase.zone-reserve-refused':
    '{zone} free {free:kb}{usable} is above its {mark} watermark {min:kb} but not above {mark} + lowmem_reserve = {need:kb}; the lowmem_reserve of {reserve:kb} keeps requests that could use a higher zone from filling this one (missed by {miss:kb})',
  'phrase.swap-none': 'There is no swap, so anonymous memory could not be reclaimed at all.',
  'phrase.swap-full': 'Swap was full ({free:kb} free of {total:kb}), so anonymous memory could not be swapped out.',
  'phrase.swap-unknown': 'The report does not show the swap state.',
  'phrase.managed-from-zone': 'managed',
  'phrase.managed-from-ram': 'RAM minus reserved',
  'phrase.managed-from-present': 'present (this kernel’s present excludes the zone’s own mem_map)',
  'phrase.lowmem': 'Lowmem',
  'phrase.whole-machine': 'Whole machine',
  'phrase.no-direct-reclaim':
    'it lacks __GFP_DIRECT_RECLAIM (GFP_ATOMIC / GFP_NOWAIT: interrupt, softirq or spinlock context), so it may not sleep',
  'phrase.kswapd':
    '{comm} is the reclaim thread itself and runs with PF_MEMALLOC, so the allocator never enters direct reclaim for it',
  'phrase.kswapd-nomemalloc':
    '{comm} is the reclaim thread itself (PF_MEMALLOC: no direct reclaim), and __GFP_NOMEMALLOC also forbids it the emergency reserves',
  'phrase.no-block-of-order': 'no zone it may use had a free block of order {order} it was allowed to take',
  'phrase.no-compaction':
    ' This request could not compact at all (no direct reclaim, or no __GFP_IO), so the allocator could not build the block.',
  'phrase.task': '{comm} ({pid:id}), RSS {rss:kb}',
  'phrase.fenced-zones':
    ' Blocks of order {order} or larger were free elsewhere, but those zones failed the watermark check: {why}.',
  'phrase.largest-task': ' Largest task: {task}.',
  'phrase.usable-part': ', {usable:kb} of it usable by this request,',
  'phrase.memcg-composition': ' Its statistics show anonymous memory {anon:kb}, page cache {file:kb}{kernel}{swap}.',
  'phrase.memcg-kernel': ', kernel memory {kb:kb}',
  'phrase.memcg-swap': ', and {kb:kb} swapped out',
  'phrase.gfp-decoded': '{mask} (decoded: {flags})',
  'phrase.mask-class': ' (a {name}-class request for kernel memory)',
  'phrase.no-zone-detail': 'the report does not show the zones',
  'phrase.kind.oom': 'out-of-memory kill',
  'phrase.kind.memcg-oom': 'memory cgroup OOM',
  'phrase.kind.alloc-failure': 'allocation failure',
  'phrase.clause-separator': '; ',
  'phrase.sentence': '{text}. ',
  'phrase.named-kb': '{name} {kb} kB',
  'phrase.list-separator': ', ',
  'phrase.lacks-nothing': 'nothing the rules read',
  'phrase.lack.header': 'its header (gfp mask and order: the report starts after it)',
  'phrase.lack.mask': 'the gfp mask',
  'phrase.lack.order': 'the order',
  'phrase.lack.mem-info': 'the Mem-Info (zone lines and counters)',
  'phrase.lack.watermarks': 'the watermarks on the zone lines',
  'phrase.lack.buddy': 'the buddy lists',
  'phrase.lack.counters': 'the memory counters',
  'phrase.lack.swap': 'the swap lines',
  'phrase.lack.tasks': 'the task table',
  'phrase.lack.version': 'the kernel version',
  'phrase.lack.memcg-usage': 'the memory cgroup usage lines',
  'phrase.checked.header': 'the header: order {order}{orderNote}, {reclaim}',
  'phrase.checked.order-zero': ' (any single free page serves it: not fragmentation)',
  'phrase.checked.order-small': ' (non-costly: the allocator keeps reclaiming and compacting before it gives up)',
  'phrase.checked.order-costly': ' (costly: above order 3 the allocator fails instead of killing)',
  'phrase.checked.can-reclaim': 'the request could reclaim',
  'phrase.checked.no-reclaim': 'the request could not reclaim',
  'phrase.checked.reclaim-unknown': 'whether it could reclaim is unknown',
  'phrase.checked.zones-failed': 'the zones it may use failed their checks ({zones})',
  'phrase.checked.no-zones': 'no zone line could be checked',
  'phrase.checked.consumers':
    'no consumer holds enough memory to be the cause (largest: {name} {kb:kb}, {pct:pct} % of {managed:kb})',
  'phrase.checked.no-balance': 'the report gives no size to weigh consumers against',
  'phrase.checked.no-memcg': 'no memory cgroup header',
  'phrase.checked.kill-only': 'only the lines after the header are left ({what})',
  'phrase.hint.pagefault':
    ': gfp_mask=0 with pagefault_out_of_memory in the trace means a page fault handler returned VM_FAULT_OOM without any page allocation failing (a driver or filesystem fault handler, a deferred memory cgroup charge on older kernels, or a corrupted page table entry)',
  'phrase.hint.not-zones': ' (the caller’s size or flags, a vmalloc or per-cpu area, a driver’s own pool)',
  'phrase.lowmem-why-highmem':
    'A 32-bit kernel maps only about 896 MiB of RAM permanently (lowmem), and every kernel allocation — page tables of new processes, slab, buffers — must come from there, so lowmem runs out while the machine still shows plenty of free memory.',
  'phrase.lowmem-why-movable':
    'A Movable zone (kernelcore=/movablecore=, hot-added memory) takes only movable user pages; kernel allocations must come from the zones below it, so they run out while the machine still shows plenty of free memory.',
  'phrase.upper-cma': ' (of which {kb:kb} is CMA)',
  'phrase.only-highatomic-blocks':
    'the only free blocks of order {order} or larger were in MIGRATE_HIGHATOMIC pageblocks it could not use',
  'phrase.slab-cache':
    ' The largest cache in the Unreclaimable slab info table is {name} with {kb:kb} ({pct:pct} % of it).',
  'phrase.memcg-oom-group':
    ' memory.oom.group is set on {path}, so the kernel killed every task in it ({count} kills), not just the largest.',
  'phrase.memcg-owner-node':
    ' {path} is the parent of every pod: its limit is the node’s allocatable memory, so the node as a whole ran out of what Kubernetes lets pods use — no single pod limit was hit.',
  'phrase.memcg-owner-qos':
    ' {path} holds every pod of one QoS class: the limit hit was the tier’s share of the node, not one pod’s.',
  'phrase.memcg-owner-pod': ' The cgroup is one pod’s: its memory limit (the sum of its containers’ limits) was hit.',
  'phrase.swap-free':
    'Swap was not the limit ({free:kb} free of {total:kb}): reclaim could not swap fast enough, or the pages could not be swapped (mlocked, pinned, under writeback).',
  'phrase.outcome-kill': 'With nothing left to reclaim, the kernel had to kill.',
  'phrase.outcome-fail': 'With nothing left to reclaim, the allocation failed or stalled.',
  'phrase.consumer': '{name} {kb:kb} ({pct:pct} %)',
  'phrase.consumer.anon': 'anonymous memory',
  'phrase.consumer.shmem': 'shmem/tmpfs',
  'phrase.consumer.slab': 'unreclaimable slab',
  'phrase.consumer.pagetables': 'page tables',
  'phrase.consumer.kernel-stack': 'kernel stacks',
  'phrase.consumer.unaccounted': 'memory in no counter',
  'phrase.consumer.file': 'file cache',
  'phrase.zone-passed': '{zone} had {free:kb} free and passes with {margin:kb} to spare',
  'phrase.consumer.lru': 'LRU pages (anonymous and file together: this kernel does not split them)',
  'phrase.hint.vmalloc':
    ': the report is vmalloc’s own (“{message}”) — vmalloc failed apart from the free lists, for a request of zero or impossible size, with no virtual address range left, or on a page it could not get one at a time',
  'phrase.outcome-stall':
    'With nothing left to reclaim, the allocation had been retrying for {ms} ms when the kernel warned.',
  'phrase.memcg-no-swap': ' The group may not swap at all (swap.max 0), so its anonymous memory had nowhere to go.',
  'phrase.memcg-swap-full':
    ' Its swap was full too (swap usage {usage:kb} of {limit:kb}), so nothing more could leave RAM.',
  'phrase.thp-capped': ', cut to 5 % of lowmem — the kernel’s own cap on this recommendation',

  'rec.lowmem-exhausted.64bit': 'Run a 64-bit kernel: all RAM is then directly mapped and the lowmem limit disappears.',
  'rec.lowmem-exhausted.vmsplit':
    'If the machine must stay 32-bit, a 2G/2G split (CONFIG_VMSPLIT_2G) about doubles lowmem, at the cost of user address space.',
  'rec.lowmem-exhausted.consumer':
    'The largest counted lowmem consumer is {name} with {kb:kb} ({pct:pct} % of lowmem): that is what to shrink (for dentry/inode caches raise vm.vfs_cache_pressure).',
  'rec.lowmem-exhausted.unaccounted':
    '{kb:kb} of lowmem ({pct:pct} %) is in no counter (see the unaccounted-memory finding): find the driver or kernel code that holds it.',
  'rec.fragmentation.vmalloc':
    'Make the caller stop asking for {blockKb} kB of physically contiguous memory: kvmalloc()/vmalloc, scatter-gather, or a buffer allocated once at start-up.',
  'rec.fragmentation.compact':
    'Keep larger blocks available: proactive compaction (vm.compaction_proactiveness, 5.9+) or echo 1 > /proc/sys/vm/compact_memory before the allocation.',
  'rec.cma-unusable.size':
    'A CMA area of at most {maxCma:kb} (now {cmaReserved:kb}) would have left {zone} enough non-CMA free memory for this check; size it to what the devices actually allocate (cma= on the command line, or the linux,cma reserved-memory node).',
  'rec.cma-unusable.policy':
    'Find out why CMA is closed to movable allocations on this kernel: vendor flags on the reserved-memory node (e.g. inactive), a vendor CMA policy, or long-term pinned (FOLL_LONGTERM) pages that may not live in CMA.',
  'rec.cma-unusable.caller':
    'Give the caller memory CMA can provide: a movable allocation, or dma_alloc_coherent()/cma_alloc() for device buffers; a non-movable buffer of this size needs non-CMA memory.',
  'rec.cma-unusable.right-size':
    'Measure real CMA use (CmaTotal/CmaFree in /proc/meminfo, the cma debugfs) and shrink the area so ordinary kernel allocations keep enough memory.',
  'rec.memcg-limit.raise':
    'If the workload legitimately needs more, raise the limit of {path} (memory.max on cgroup v2, memory.limit_in_bytes on v1) above its working set; it was {limit:kb}.',
  'rec.memcg-limit.growth':
    'If it should fit, find out why {comm} ({pid:id}) grows: a leak inside the group hits any limit.',
  'rec.memcg-limit.chronic':
    'failcnt {failcnt}: the group has been pressing against its limit for a long time, not only at the moment of the kill.',
  'rec.memory-exhausted.limit-task':
    'Bound the largest consumer, {comm} ({pid:id}, RSS {rss:kb}): a memory cgroup limit (memory.max, systemd MemoryMax=) turns a machine-wide OOM into a contained one; fix its growth if it is not expected.',
  'rec.memory-exhausted.add-swap': 'Add swap (even a small swap file lets cold anonymous pages leave RAM) or more RAM.',
  'rec.memory-exhausted.more-swap':
    'Swap was used up as well: add RAM, or more swap if much of the working set is cold.',
  'rec.pagetable-bloat.task':
    '{comm} ({pid:id}) maps {vm:kb} of virtual memory: cap it (RLIMIT_AS / ulimit -v, a memory cgroup) or fix the sparse access pattern that touches so much address space.',
  'rec.pagetable-bloat.thp':
    'Transparent huge pages (or hugetlb) for large mappings remove the last level of page tables: a 2 MiB huge page needs no PTE page.',
  'rec.slab-bloat.slabinfo':
    'Find the cache: sort /proc/slabinfo by size (slabtop -s c); boot with slab_nomerge so caches are not merged and the cache name points at its owner.',
  'rec.slab-bloat.kmemleak':
    'If one cache keeps growing, trace its allocations (kmemleak, the kmem:kmalloc tracepoint, bpftrace) to the code that never frees them.',
  'rec.shmem-tmpfs.size':
    'Cap tmpfs mounts (size= mount option for /dev/shm, /tmp, /run) and delete what is left in them; ipcs -m shows orphaned SysV segments.',
  'rec.shmem-tmpfs.swap':
    'Without swap shmem cannot be reclaimed at all: add swap if tmpfs must hold more than RAM can spare.',
  'rec.hugetlb-reserved.shrink':
    'Lower vm.nr_hugepages (or the hugepages= boot parameter) to what the application maps; {used:kb} was in use.',
  'rec.unaccounted-memory.balloon':
    'Deflate the balloon or give it a floor: it held about {kb:kb} when this guest ran out; set the guest’s minimum memory on the hypervisor so the balloon cannot take that much, or disable ballooning for this guest.',
  'rec.unaccounted-memory.page-owner':
    'Find the owner: boot with page_owner=on and read /sys/kernel/debug/page_owner (sorted with page_owner_sort) to see which call sites hold the pages.',
  'rec.unaccounted-memory.meminfo':
    'Compare VmallocUsed and Percpu in /proc/meminfo and the drivers’ own statistics over time; the value that keeps growing names the leak.',
  'rec.high-min-watermark.value':
    'vm.min_free_kbytes = {value} or lower would have left {zone} {headroom:kb} of headroom above min at this moment (the boot default for this memory is {def} kB).',
  'rec.high-min-watermark.thp':
    'THP raised it: set transparent_hugepage=never if huge pages are not needed, or write vm.min_free_kbytes after boot (kept until THP settings or memory change).',
  'rec.high-min-watermark.sysctl':
    'It is well above the default ({def} kB): check sysctl.conf, tuned profiles and vendor init scripts for vm.min_free_kbytes.',
  'rec.atomic-no-reclaim.wsf':
    'Let kswapd start earlier so bursts of atomic allocations find free memory: raise vm.watermark_scale_factor (default 10, i.e. 0.1 % of memory between the watermarks) to {target}, or raise vm.min_free_kbytes.',
  'rec.atomic-no-reclaim.mempool':
    'In the driver: preallocate (a mempool) or tolerate the failure quietly (__GFP_NOWARN and a retry path); atomic allocations are allowed to fail.',
  'rec.atomic-no-reclaim.order':
    'In the driver: avoid high-order atomic allocations (order-0 pages, scatter-gather, or buffers allocated at init time); an atomic request cannot compact.',
  'rec.no-swap.add':
    'Add swap — a swap file of about {kb:kb}, a quarter of that memory, is a start — or zram, so cold anonymous pages can leave RAM.',
  'rec.constraint-cpuset-mempolicy.widen':
    'Widen cpuset.mems or the memory policy, or size the workload for the nodes it is bound to.',
  'rec.manual-trigger.who':
    'Find who sent sysrq-f (a watchdog, an administrator, OOM-helper tooling); the zone lines show whether memory was actually short.',
  'rec.panic-on-oom.sysctl':
    'If the machine should survive an OOM, set vm.panic_on_oom = 0 so the OOM killer kills a task; keep it only if a reboot (with kdump) is the intended recovery.',
  'rec.no-killable-task.adj':
    'Review oom_score_adj -1000 settings (OOMScoreAdjust=-1000 in systemd units) and what earlier victims held: memory a kill cannot free (shmem/tmpfs, mlocked pages) brings the OOM back with nothing left to kill.',
  'rec.no-killable-task.memcg':
    'Give the cgroup room for what killing cannot free — shmem is freed only by deleting its files or by swap — or raise its limit.',
  'rec.outcome-unexplained.full-report':
    'Collect the whole report (dmesg or journalctl -k from the header line to the kill line) with /proc/meminfo, /proc/zoneinfo and /proc/buddyinfo from the same time: the missing parts decide the cause.',
  'rec.repeated-victim.limit':
    'Watch {comm}’s memory over time, give it an explicit memory limit so it fails alone and early, and fix its growth.',
  'rec.periodic-oom.schedule':
    'Match the times with cron jobs, systemd timers and batch schedules: look at what starts just before each event.',
  'rec.memory-leak-trend.free':
    'Record /proc/meminfo, /proc/slabinfo and per-process RSS at the same interval to see which counter absorbs the falling MemFree.',
  'rec.memory-leak-trend.slab':
    'Find the growing cache in /proc/slabinfo and trace its allocations (kmemleak, kmalloc tracepoints).',
  'rec.lowmem-exhausted.movable':
    'Give the kernel more of the memory: shrink or drop the Movable zone (kernelcore=, movablecore=, or online hot-added memory as online_kernel) so {upper} does not hold memory that kernel allocations cannot use.',
  'rec.slab-bloat.cache':
    'Find who allocates from {name}: trace it (the kmem:kmem_cache_alloc tracepoint filtered on the cache, bpftrace, kmemleak), and boot with slab_nomerge if the name is a merged cache.',
  'rec.unaccounted-memory.holder':
    'Check {name}: its own statistics (debugfs, sysfs, the driver’s counters) say how much it holds.',
  'rec.memcg-limit.raise-memsw':
    'If the workload legitimately needs more, raise memory.memsw.limit_in_bytes of {path} (it was {limit:kb}); adding swap does not help a group bound by memory+swap.',

  // The reports: section titles, tables, charts, the headline, parser notes (shared/report).

  'chart.zone.title': 'Free memory per zone against its watermarks',
  'chart.buddy.title': 'Free blocks by order (buddy allocator)',
  'chart.accounting.title': 'Where the memory went',
  'chart.timeline.title': 'Timeline',
  'timeline.noHost': 'host not named',
  'chart.margin': 'margin',
  'chart.order': 'order',
  'chart.blocks': 'free blocks',
  'legend.free': 'free',
  'legend.freeCma': 'free_cma',
  'legend.min': 'min',
  'legend.low': 'low',
  'legend.high': 'high',
  'legend.required': 'watermark + lowmem_reserve this request needed',
  'legend.requestOrder': 'requested order',
  'verdict.pass': 'would serve',
  'verdict.fail': 'refused',
  'verdict.not-allowed': 'not usable by this request',
  'verdict.unknown': 'not replayed',
  'term.not-allowed': 'not allowed for this gfp mask / nodemask',
  'term.watermark': 'below the watermark',
  'term.lowmem-reserve': 'below watermark + lowmem_reserve',
  'term.cma': 'passes only counting free CMA',
  'term.highatomic': 'fails without the highatomic reserve',
  'term.order': 'no free block of that order',
  'term.ok': 'passes',
  'kind.oom': 'OOM kill',
  'kind.memcg-oom': 'memory cgroup OOM',
  'kind.alloc-failure': 'page allocation failure',
  'migrate.U': 'Unmovable',
  'migrate.M': 'Movable',
  'migrate.E': 'Reclaimable',
  'migrate.C': 'CMA',
  'migrate.H': 'HighAtomic',
  'migrate.R': 'Reserve',
  'migrate.I': 'Isolate',
  'acct.total': 'managed',
  'acct.rest': 'unaccounted',
  'report.title': 'OOMLens report — {name}',
  'report.contents': 'Contents',
  'report.generated': 'Generated',
  'report.line': 'line',
  'section.summary': 'Case summary',
  'section.diagnosis': 'Diagnosis',
  'section.environment': 'Environment',
  'section.zones': 'Zones and watermarks',
  'section.accounting': 'Memory accounting',
  'section.tasks': 'Top tasks and the replayed OOM scores',
  'section.whatIf': 'What-if scenarios',
  'section.recommendations': 'Recommendations',
  'section.appendix': 'Appendix: raw report text',
  'appendix.note':
    'Each report exactly as it stands in its source file, with line numbers; a long task table keeps its top rows, the victim and the rows the findings cite, and says how many it leaves out.',
  'appendix.tasksElided': '… {n} task rows left out here (source lines {from:id}–{to:id})',
  'summary.case': 'Case',
  'summary.hosts': 'Hosts',
  'summary.span': 'Time span',
  'summary.events': 'Events',
  'summary.noEvents': 'no memory event found',
  'summary.inputs': 'Inputs',
  'summary.warnings': 'Input warnings',
  'summary.warningsTitle': 'What could not be read completely:',
  'summary.moreWarnings': '… and {n} more',
  'overview.time': 'Time',
  'overview.kind': 'Kind',
  'overview.trigger': 'Trigger',
  'time.uptime': '{s:1} s after boot',
  'overview.victim': 'Victim',
  'overview.finding': 'Main finding',
  'event.source': 'Source: {path}, line {line:id} · host {host}',
  'headline.title': 'What happened',
  'headline.trigger': '{comm} (pid {pid:id}) asked for an order-{order} block ({kb}) with gfp_mask={mask}.',
  'headline.manual': 'The OOM killer was invoked by hand (sysrq-f) from {comm} (pid {pid:id}).',
  'headline.killed':
    'The kernel killed {comm} (pid {pid:id}), OOM score {score}; it held anon-rss {anon} and file-rss {file}.',
  'headline.selected': 'The kernel chose {comm} (pid {pid:id}), OOM score {score}, as the victim.',
  'headline.noKill': 'No process was killed: the allocation failed and its caller had to cope.',
  'headline.noVictim': 'The log names no victim.',
  'headline.memcg': 'Memory cgroup {path} was at its limit: usage {usage} of {limit}.',
  'headline.replayOk': 'Replaying the watermark check, {zone} could have served the request (margin {margin}).',
  'headline.replayFail':
    'Replaying the watermark check, no allowed zone could serve it; closest: {zone}, {why} (free {free} against {required} needed, margin {margin}).',
  'headline.replayPassed':
    'Replaying the watermark check, {zone} passes it (margin {margin}): the watermarks alone do not explain why the allocation failed.',
  'headline.replayNoZone': 'Replaying the watermark check, no zone was allowed for this request.',
  'headline.finding': 'Main finding: {title}',
  'headline.panic': 'The kernel panicked instead of killing (panic_on_oom).',
  'findings.evidence': 'Evidence',
  'findings.none': 'No finding: the diagnosis found nothing it can prove from this report.',
  'severity.critical': 'critical',
  'severity.warning': 'warning',
  'severity.info': 'info',
  'env.kernel': 'Kernel',
  'env.arch': 'Architecture',
  'env.hardware': 'Hardware',
  'env.pageSize': 'Page size',
  'env.pageSizeFrom.buddy': 'from the buddy lines',
  'env.pageSizeFrom.ratio': 'from kB/page counter ratios',
  'env.pageSizeFrom.arch': 'usual for the architecture',
  'env.pageSizeFrom.default': 'assumed (nothing in the report says)',
  'env.ram': 'RAM',
  'env.swap': 'Swap (free / total)',
  'env.swap.none': 'none configured',
  'env.minFree.default': 'inferred from the watermarks; the kernel default for this RAM size',
  'env.minFree.thp': 'inferred; raised by transparent hugepages (khugepaged)',
  'env.minFree.user': 'inferred; raised above the default (set by an administrator)',
  'env.minFree.unknown': 'could not be inferred from this report',
  'env.wsf.default': 'default',
  'env.wsf.raised': 'raised above the default 10',
  'env.wsf.lowered': 'below the default 10',
  'env.wsf.unknown': 'not inferable from this report (kernel before 4.6, or no zone watermarks printed)',
  'env.order': 'order {order}',
  'env.order.manual': 'manual trigger',
  'env.highestZone': 'highest zone {zone}',
  'env.constraint': 'OOM constraint',
  'env.memcg': 'Memory cgroup',
  'env.memcgUsage': 'cgroup usage / limit',
  'env.memcgSwap': 'cgroup swap usage / limit',
  'env.unlimited': 'unlimited',
  'zones.zone': 'Zone',
  'zones.reserve': 'lowmem_reserve[] (pages)',
  'zones.required': 'needed',
  'zones.verdict': 'Replay',
  'zones.note':
    'All sizes in kB, as the kernel printed them; "needed" is the watermark plus the lowmem_reserve this request had to leave, as the kernel model replays the check.',
  'tasks.name': 'name',
  'tasks.points': 'points',
  'tasks.score': 'score',
  'tasks.killed': 'killed',
  'tasks.selected': 'selected',
  'tasks.predicted': 'replay picks',
  'tasks.note':
    'Top {shown} of {total} tasks, by the replayed badness points (rss, page tables and swap in pages, plus oom_score_adj); rss and pgtables in kB.',
  'tasks.omitted': '{n} more task rows were printed but not kept: {reason}.',
  'whatIf.scenario': 'Scenario',
  'whatIf.asLogged': 'as logged',
  'whatIf.allocation': 'Allocation',
  'whatIf.victim': 'OOM victim',
  'whatIf.succeeds': 'succeeds from {zone}',
  'whatIf.fails': 'fails',
  'whatIf.noKill': 'no kill',
  'term.memcg-limit': 'the group is at its limit',
  'whatIf.failsBecause': 'fails: {why}{zone}',
  'whatIf.panics': 'panics (panic_on_oom), nobody killed: {why}{zone}',
  'whatIf.noKillable': 'refused, nothing the OOM killer may kill: {why}{zone}',
  'whatIf.unknown': 'not replayed',
  'whatIf.estimate': '(estimate: reclaim into the added swap)',
  'whatIf.noScenarios': 'No scenario pinned for this event.',
  'section.notes': 'Appendix: parser notes',
  'notes.intro': 'What the reader assumed or skipped while reading the inputs; nothing here was lost from the reports.',
  'notes.original': '{text}',
  'note.annotation-removed': 'Text someone appended to a kernel line (after a run of dashes) was left out.',
  'note.line-too-long': 'A line too long to be a kernel line was skipped.',
  'note.line-truncated': 'A line longer than the line limit was read only up to the limit.',
  'note.number-out-of-range': 'A line held a number too large to keep exactly, so the line was skipped.',
  'note.page-size-assumed':
    'The report does not show its page size, so the usual one for the architecture was assumed.',
  'note.snapshot-time-from-mtime':
    'A /proc file prints no time; its modification time was taken as the moment it was captured.',
  'note.snapshot-time-from-date-file':
    "A /proc file prints no time; its sosreport's date file (when the sosreport was collected) was taken as the moment it was captured.",
  'note.snapshot-time-from-name':
    "A /proc file prints no time; the day in its archive's name was taken as the day it was captured.",
  'note.year-from-case-date':
    "The year assumed for syslog stamps that print none came from the sosreport (its date file or its archive's name), not from the file's modification time.",
  'note.sysctl-error-line': 'sysctl printed an error line instead of a value.',
  'note.unnamed-counter': 'A per-node counter was printed without a name; it is kept under the empty name.',
  'note.unrecognised-line': 'A line inside a report (or a /proc file) was not understood and was skipped.',
  'note.year-inferred':
    "Syslog stamps print no year; the year was taken from the file's date (or the moment of a paste).",
  'note.year-unknown': 'Syslog stamps print no year and nothing gave it, so these events have no wall-clock time.',
  'note.orphan-report-line': 'A report line stood outside any report (no header before it) and was not used.',
  'note.truncated-report':
    "A report's first lines were not in the input (its header and memory dump are missing); the event is marked partial.",
  'note.depth-limit': 'An archive nested inside too many other archives was skipped.',
  'note.empty-input': 'An input was empty.',
  'note.encrypted-member': 'An encrypted archive member was skipped.',
  'note.journal-corrupt': 'A systemd journal is damaged; the entries before the damage were read.',
  'note.journal-json': 'Some kernel lines of a JSON journal export were not valid JSON and were skipped.',
  'note.journal-lz4': 'Some LZ4-compressed journal fields could not be read.',
  'note.journal-no-kernel': 'A systemd journal holds no kernel messages.',
  'note.nested-journal-too-large': 'A journal inside an archive was larger than can be read in memory and was skipped.',
  'note.nested-zip-too-large': 'A zip inside another archive was larger than can be read in memory and was skipped.',
  'note.ratio-limit': 'A compressed input expanded like a decompression bomb; reading it stopped.',
  'note.read-error': 'An input could not be read to the end; what came before was analysed.',
  'note.rotation-duplicates': 'Report lines repeated across rotated log files were read once.',
  'note.snapshot-too-large': 'A file that looks like a /proc snapshot was too large and was skipped.',
  'note.special-file-skipped': 'A device, socket or pipe was skipped.',
  'note.special-member': 'An archive member that is a link or a device was skipped.',
  'note.symlink-skipped': 'A symbolic link was not followed.',
  'note.total-limit': 'The case reached its limit of decompressed bytes; later data was not read.',
  'note.unreadable-directory': 'A folder could not be read and was skipped.',
  'note.unreadable-file': 'A file could not be read and was skipped.',
  'note.unreadable-member': 'An archive member could not be read and was skipped.',
  'note.unsafe-member': 'An archive member with an unsafe name (absolute or leaving the archive) was skipped.',
  'note.unsupported-member': 'A file that is neither a log, a /proc snapshot nor an archive was skipped.',
  'title.hosts': '{n} hosts',
  'title.one': '{comm}: {kind}',
  'note.partial-zone-line':
    'A zone line was only partly understood; the fields read from it are used, the rest is named in the message.',
  'note.partial-node-line': 'A per-node counter line was only partly understood; the counters read from it are used.',
  'note.partial-buddy-line': 'A free-list (buddy) line was only partly understood; the orders read from it are used.',
  'note.partial-header': "A report's first line was only partly understood (often cut short in a paste).",
  'note.zone-line-missing':
    "A free-list line has no zone line beside it; the zone's free memory is the free-list total.",
  'note.task-columns-guessed': 'The task table had no header; its columns were guessed from their count.',
  'note.unparsed-task-row': "A task-table row did not match the table's header.",
  'note.orphan-lowmem-reserve': 'A lowmem_reserve line came with no zone line before it.',
  'note.prefix-learned': "An unknown line prefix was taken from a report's first line and removed from its block.",
  'note.elided-lines': 'The input leaves out part of a report here (`...`, `[...]`, `(...snipped...)`).',
  'note.rows-omitted': "A report's rows past the memory bound were counted but not kept; the event says how many.",
  'note.unread-report-marker':
    'A line with a report marker (invoked oom-killer, Mem-Info, Killed process …) yielded no event.',
  'note.report-abandoned': 'An open report was given up after too many lines that were not its own.',
  'note.report-cut':
    'A report ended before its kill decision (its input ended, or another report began); the warning names the last line read.',
  'note.snapshot-duplicate':
    'A /proc file repeats another of the case byte for byte (a sosreport keeps some twice); it was counted once.',
} as const

/** Every message key. */
export type MessageKey = keyof typeof CATALOG_EN
