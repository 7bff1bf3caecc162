/** 简体中文：与 en.ts 同一组键，同样的占位符。 */
import type { MessageKey } from './en'

/** Simplified Chinese messages. */
export const CATALOG_ZH_CN: Readonly<Record<MessageKey, string>> = {
  'finding.lowmem-exhausted.title': '低端内存（lowmem）耗尽：该请求无法使用 {upper}',
  'finding.fragmentation.title': '内存碎片：没有所需阶数的空闲块',
  'finding.cma-unusable.title': '空闲内存主要是 CMA，本次请求无法使用',
  'finding.memcg-limit.title': '内存 cgroup 达到限额',
  'finding.memory-exhausted.title': '内存耗尽：RAM 已满，没有可回收的内存',
  'finding.pagetable-bloat.title': '页表占用了大量内存',
  'finding.slab-bloat.title': '不可回收的 slab 占用了大量内存',
  'finding.shmem-tmpfs.title': 'shmem/tmpfs 占用了大量内存',
  'finding.hugetlb-reserved.title': '预留的大页占用了大量内存',
  'finding.unaccounted-memory.title': '有内存不在任何计数器中：未被统计的内核或驱动分配',
  'finding.high-min-watermark.title': 'min 水位线占内存的比例过高',
  'finding.atomic-no-reclaim.title': '该请求无法回收或规整内存',
  'finding.no-swap.title': '没有配置 swap',
  'finding.constraint-cpuset-mempolicy.title': 'cpuset 或内存策略限制了可用的节点',
  'finding.manual-trigger.title': '手动触发的 OOM killer（sysrq）',
  'finding.panic-on-oom.title': '内核在 OOM 时 panic',
  'finding.no-killable-task.title': 'OOM killer 找不到可杀的进程',
  'finding.outcome-unexplained.title': '没有规则能解释这次事件',
  'finding.repeated-victim.title': '同一进程被反复杀死',
  'finding.periodic-oom.title': 'OOM 以固定间隔发生',
  'finding.memory-leak-trend.title': '多次测量中内存持续减少：内存泄漏',

  'finding.lowmem-exhausted.detail':
    '该请求（gfp_mask {gfp}，order {order}{caller}）{klass}只能使用 {highest} 及以下的 zone（{zones}）；{upper} 在其之上，不在它的 zonelist 里。它可用的每个 zone 都拒绝了它：{lowmem}。{upper} 还有 {highFree:kb} 空闲{cma}，但这个请求用不了。{why}',
  'finding.fragmentation.detail':
    '该请求（gfp_mask {gfp}）需要 2^{order} 个物理连续的页，即一个 {blockKb} kB 的空闲块。页并不缺——{zone} 空闲 {free:kb}，min 水位线为 {min:kb}——但在该请求可用的迁移类型中没有这么大的空闲块（可用的最大空闲块为 {largestKb} kB）。空闲内存被切成了太小的碎块：外部碎片。order 0 的请求本可以成功。{fenced}{compact}',
  'finding.fragmentation.detail-cma-blocks':
    '该请求（gfp_mask {gfp}）需要 2^{order} 个物理连续的页，即一个 {blockKb} kB 的空闲块。{zone} 空闲 {free:kb}，min 水位线为 {min:kb}，而且确有这么大的空闲块（{cmaOnlyKb:kb}），但它们全部位于 CMA 页块中，该请求不能使用；它能用的最大块只有 {largestKb} kB。可用的空闲内存是碎片化的。{fenced}{compact}',
  'finding.fragmentation.detail-after':
    '该请求（gfp_mask {gfp}）需要一个 {blockKb} kB 的空闲块（order {order}）。{zone} 空闲 {free:kb}，远高于 min 水位线 {min:kb}：缺的不是页，而是连续的块。伙伴系统列表是在分配器放弃之后才打印的，所以列表中那几个同样大小的块在分配时并不存在；order 大于 3（PAGE_ALLOC_COSTLY_ORDER）的请求在规整失败后就会放弃，且从不触发 OOM killer。{fenced}{compact}',
  'finding.fragmentation.detail-no-dump':
    '该请求（gfp_mask {gfp}）需要一个 {blockKb} kB 的空闲块（order {order}），分配失败；报告中没有内存信息。order 大于 3（PAGE_ALLOC_COSTLY_ORDER）的请求在规整无法拼出整块时直接失败而不触发 OOM killer，在长期运行的机器上这几乎总是碎片问题而不是内存不足。此结论仅根据 order 推断。',
  'finding.cma-unusable.detail':
    '空闲内存中 {pct:pct} % 是 CMA：空闲 {free:kb}，其中 free_cma {cma:kb}。该请求（gfp_mask {gfp}）不是可移动的，不能使用 CMA 页块，空闲的 CMA 也不计入它的水位线：它只看到 {nonCma:kb}，没有超过 {zone} 在 {mark} 水位线上的要求（{min:kb}；差 {miss:kb}）。',
  'finding.cma-unusable.detail-blocks':
    '空闲内存中 {pct:pct} % 是 CMA：空闲 {free:kb}，其中 free_cma {cma:kb}。该请求（gfp_mask {gfp}，order {order}）需要一个 {blockKb} kB 的块，且不是可移动的，因此 CMA 页块对它关闭——而所有这么大的空闲块（{cmaOnlyKb:kb}）都是 CMA。它被允许使用的内存都是太小的碎块。',
  'finding.cma-unusable.detail-unread':
    '空闲内存中 {pct:pct} % 是 CMA：空闲 {free:kb}，其中 free_cma {cma:kb}。该请求（gfp_mask {gfp}，order {order}）需要一个 {blockKb} kB 的块，且不是可移动的，因此 CMA 页块对它关闭：只有 CMA 之外的 {nonCma:kb} 能容纳它的块。报告没有给出空闲链表，无法读出那里空闲的是多大的块；该 zone 通过了水位线检查，所以失败的是这个块。',
  'finding.cma-unusable.detail-outcome':
    '空闲内存中 {pct:pct} % 是 CMA：空闲 {free:kb}，其中 free_cma {cma:kb}。在标准内核上这个可移动请求（gfp_mask {gfp}）可以使用 CMA，本应分配成功，但内核却 OOM 了：只有“不计 CMA”的检查才符合这些数字——非 CMA 空闲 {nonCma:kb} 没有超过 {zone} 的 {mark} 水位线 {min:kb}（差 {miss:kb}）。在这个内核上 CMA 对该请求不可用（厂商的 CMA 策略，或被钉住/禁用 CMA 的分配上下文）。',
  'finding.memcg-limit.detail':
    '内存 cgroup {path} 达到了限额：用量 {usage:kb}，限额 {limit:kb}（failcnt {failcnt}：触及限额的计费次数）。内核在组内回收，无法降到限额以下，于是在组内杀死了 {victim}。{composition}{group}{owner}这是该组的限额，而不是整台机器内存耗尽。',
  'finding.memcg-limit.detail-no-usage':
    '这次 OOM 局限于内存 cgroup {path}：该组达到限额，{victim} 在组内被杀死。报告中没有打印用量行。{group}{owner}',
  'finding.memory-exhausted.detail':
    '用户态内存占满了 RAM：匿名内存和 unevictable 内存共 {user:kb}，占内核管理的 {managed:kb} 的 {pct:pct} %；空闲内存只剩 {free:kb}，可回收的文件缓存只剩 {file:kb}。{zone}{swap}{outcome}{top}',
  'finding.pagetable-bloat.detail':
    '页表占用了 {pt:kb}，为 {managed:kb} 管理内存的 {pct:pct} %。页表是内核内存，映射存在期间无法回收；它随被访问的虚拟地址空间增长，而不是随 RSS 增长。',
  'finding.pagetable-bloat.detail-task':
    '页表占用了 {pt:kb}，为 {managed:kb} 管理内存的 {pct:pct} %。仅 {comm}（{pid:id}）一个进程就有 {taskPt:kb} 的页表，其虚拟内存大小为 {vm:kb}：页表随被访问的地址空间增长，而不是随 RSS 增长，映射存在期间无法回收。',
  'finding.slab-bloat.detail':
    '不可回收的 slab 占用了 {kb:kb}，为 {managed:kb} 管理内存的 {pct:pct} %。{cache}这些内核对象没有任何 shrinker 能释放；不断增长的不可回收 slab 通常是内核或驱动泄漏的痕迹。',
  'finding.shmem-tmpfs.detail':
    '共享内存（tmpfs、/dev/shm、SysV shm、共享匿名映射）占用 {kb:kb}，为 {managed:kb} 管理内存的 {pct:pct} %。shmem 位于匿名 LRU 上：只能被换出到 swap；杀死进程只有在它是最后一个使用者时才会释放；tmpfs 中的文件在删除前一直占用内存。',
  'finding.hugetlb-reserved.detail':
    'hugetlb 大页池占用 {kb:kb}，为 {managed:kb} 管理内存的 {pct:pct} %，其中 {free:kb} 空闲。大页在预留时就离开了页分配器：空闲的大页不能满足普通分配。',
  'finding.unaccounted-memory.detail':
    '{scope}：{managedFrom} {managed:kb}，但报告打印的所有计数器加起来只有 {counted:kb}（{buckets}）。其中 {kb:kb}（{pct:pct} %）不在任何计数器中。这是直接从页分配器拿走的内存——驱动分配（alloc_pages、旧内核上的大块 kmalloc）、vmalloc 和 percpu 内存：没有人统计的内核分配。',
  'finding.unaccounted-memory.detail-balloon':
    '{scope}：{managedFrom} {managed:kb}，但报告打印的所有计数器加起来只有 {counted:kb}（{buckets}）。其中 {kb:kb}（{pct:pct} %）不在任何计数器中，而调用栈中出现了 {driver}：气球驱动膨胀时会分配客户机的页并交还给虚拟机管理程序，这些页不出现在任何计数器中。客户机实际可用的内存远小于它的标称大小。',
  'finding.high-min-watermark.detail':
    '各 min 水位线合计约 {minFree:kb}（min_free_kbytes），为 {lowmem:kb} 低端内存的 {pct:pct} %——是该内存大小下启动默认值 {def:kb} 的 {factor:1} 倍。低于 min 的内存不给普通请求使用，所以机器在还有这么多空闲内存时就会耗尽。',
  'finding.high-min-watermark.detail-thp':
    '各 zone 的 min 水位线加起来约 {minFree:kb}（min_free_kbytes），为 {lowmem:kb} 低端内存的 {pct:pct} %——是这么多内存的启动默认值 {def:kb} 的 {factor:1} 倍。它就是 THP 的推荐值 {thp:kb}：每个 zone 11 个 {pageblock:kb} 的页块 × {zones} 个 zone{capped}，在 khugepaged 启动时设置（transparent_hugepage=always 或 madvise）。低于 min 的内存不给普通请求使用，所以机器在还有这么多空闲时就耗尽了。',
  'finding.atomic-no-reclaim.detail':
    '该请求（gfp_mask {gfp}，order {order}）无法回收内存：{why}。它只能拿走当时高于其（已降低的）min 水位线的空闲内存，而{zones}。回收本可以释放内存（还有 {file:kb} 的文件缓存），但这个请求等不了。',
  'finding.no-swap.detail':
    '没有配置 swap。匿名内存和 shmem（{anon:kb}，为 {managed:kb} 的 {pct:pct} %）只能通过写入 swap 来回收，因此回收只能处理页缓存。',
  'finding.constraint-cpuset-mempolicy.detail-cpuset':
    '这次 OOM 受到约束（{constraint}）：该进程的 cpuset 只允许内存节点 {mems}，因此只计入这些节点的内存，也只有该 cpuset 中的进程是候选。{other}{elsewhere}',
  'finding.constraint-cpuset-mempolicy.detail-mempolicy':
    '这次 OOM 受到约束（{constraint}）：内存策略（mbind / set_mempolicy，nodemask {nodemask}）把请求限制在部分节点上，只有使用这些节点的进程是候选。{other}{elsewhere}',
  'finding.manual-trigger.detail':
    'order=-1：OOM killer 是被手动触发的（sysrq-f，或 echo f > /proc/sysrq-trigger），这里是在 {comm} 的上下文中。内存未必紧张。',
  'finding.panic-on-oom.detail': '内核没有杀进程，而是直接 panic（“{message}”）：设置了 vm.panic_on_oom。',
  'finding.panic-on-oom.detail-compulsory':
    '内核没有杀进程，而是直接 panic（“{message}”）：vm.panic_on_oom = 2 时任何 OOM 都会 panic，即使只局限于某个 cgroup 或 cpuset。',
  'finding.no-killable-task.detail':
    'OOM killer 运行了，但找不到可以杀的进程（“{message}”）：所有候选要么不可杀（oom_score_adj -1000、内核线程、init），要么正在退出，要么是早先的受害者、其内存无法靠杀进程释放（shmem、mlock 的页）。内存原样留在那里。',
  'finding.no-killable-task.detail-panic':
    'OOM killer 运行了，但找不到可以杀的进程；对全系统 OOM 来说内核已无路可走，于是 panic（“{message}”）。所有候选要么不可杀（oom_score_adj -1000、内核线程、init），要么正在退出，要么是早先的受害者、其内存无法靠杀进程释放。这不是 vm.panic_on_oom：内核已经没有可杀的了。',
  'finding.no-killable-task.detail-memcg':
    'OOM killer 在内存 cgroup 内运行，但找不到可以杀的进程（“{message}”）：组内所有进程要么不可杀，要么正在退出，要么是早先的受害者、其内存无法靠杀进程释放（shmem、mlock 的页）。对 cgroup 内核不会 panic：计费失败，分配进程得到 -ENOMEM 或重试缺页，该组一直卡在限额上。',
  'finding.outcome-unexplained.detail': '没有规则能解释这次{kind}。检查过：{checked}。报告缺少：{lacks}。',
  'finding.outcome-unexplained.detail-zones-passed':
    '在该请求可用的地方内存并不紧张：{zones}。按这些数字，内核自己的检查是通过的，但报告显示分配失败了，所以原因不在 zone 的空闲链表上{hint}。检查过：{checked}。报告缺少：{lacks}。',
  'finding.repeated-victim.detail':
    '{comm} 被 OOM 杀死了 {count} 次（pid {pids}）。无论是谁重启了它，都带回了同样的内存问题：原因在于它的增长或它的限额，而不是选择受害者时运气不好。',
  'finding.periodic-oom.detail':
    '{count} 次 OOM 事件，大约每 {period} 秒一次（间隔 {min}–{max} 秒）：有东西按计划分配内存——cron 任务或定时器、批处理，或以稳定速度增长的泄漏。',
  'finding.memory-leak-trend.detail-free':
    '{name} 在全部 {count} 次测量中持续下降，从 {from:kb} 降到 {to:kb}（{hours:1} 小时内减少 {change:kb}）：内存被占用后没有归还——内存泄漏。',
  'finding.memory-leak-trend.detail-slab':
    '{name} 在全部 {count} 次测量中持续增长，从 {from:kb} 增至 {to:kb}（{hours:1} 小时内增加 {change:kb}）：不可回收的内核对象不断累积——内核或驱动泄漏。',
  'finding.manual-trigger.detail-sysrq':
    'OOM killer 是被手动触发的：内核在本报告之前记录了 `sysrq: Manual OOM execution`（sysrq-f，或 echo f > /proc/sysrq-trigger），此处在 {comm} 的上下文中；这个年代的内核传入 order={order} 而不是 -1。内存未必真的短缺。',
  'finding.manual-trigger.detail-trace':
    'OOM killer 是被手动触发的：调用栈中有 moom_callback（sysrq-f，或 echo f > /proc/sysrq-trigger），这里是在 {comm} 的上下文中；这个年代的内核传的是 order={order} 而不是 -1。内存未必紧张。',
  'finding.fragmentation.detail-highatomic-blocks':
    '该请求（gfp_mask {gfp}）需要 2^{order} 个物理连续页：一个 {blockKb} kB 的空闲块。{zone} 空闲 {free:kb}，min 水位线 {min:kb}，也有这么大的空闲块（{highatomicKb:kb}），但它们全都在为高阶原子请求保留的 MIGRATE_HIGHATOMIC 页块里；这个请求能用的最大块只有 {largestKb} kB。{fenced}{compact}',
  'finding.fragmentation.detail-no-order':
    '这个内核不打印请求（gfp_mask {gfp}）的 order。它可用的每个 zone 都有足够的空闲页——{zone} 空闲 {free:kb}，min 水位线 {min:kb}——但分配仍然失败，所以它要的是比空闲链表里更大的连续块：{zone} 中它能用的最大空闲块是 {largestKb} kB。{fenced}',
  'finding.slab-bloat.detail-combined':
    'slab 占用了 {kb:kb}，为 {managed:kb} 管理内存的 {pct:pct} %（这个内核只打印一个 slab 计数器，可回收与不可回收合在一起）。{cache}这种规模的内核对象，要么是回收没能缩小的缓存，要么是内核或驱动的泄漏。',
  'finding.shmem-tmpfs.detail-memcg':
    '在内存 cgroup {path} 内，shmem（tmpfs、共享匿名映射、SysV shm）占用了 {kb:kb}，为该组用量 {usage:kb} 的 {pct:pct} %。计入该组的 shmem 会一直留在组里，直到文件被删除或被换出：杀掉映射它的进程释放不了多少（oom_reaper 会留下 shmem-rss），所以该组不断撞上限额。',
  'finding.unaccounted-memory.detail-holders':
    '{scope}：{managedFrom} {managed:kb}，但报告打印的所有计数器加起来只有 {counted:kb}（{buckets}）。其中 {kb:kb}（{pct:pct} %）不在任何计数器里，而报告点出了可能占着这些内存的东西：{holders}。驱动、压缩 swap 池或 CMA 使用者直接从页分配器拿走的页不出现在任何计数器中。',
  'finding.high-min-watermark.detail-user':
    '各 zone 的 min 水位线加起来约 {minFree:kb}（min_free_kbytes），为 {lowmem:kb} 低端内存的 {pct:pct} %——是启动默认值 {def:kb} 的 {factor:1} 倍，也不是 THP 的推荐值：vm.min_free_kbytes 是手工或调优配置设置的。低于 min 的内存不给普通请求使用，所以机器在还有这么多空闲时就耗尽了。',
  'finding.memcg-limit.detail-memsw':
    '内存 cgroup {path} 达到了 memory+swap 限额（cgroup v1 memory.memsw.limit_in_bytes）：memory+swap 用量 {usage:kb}，限额 {limit:kb}（failcnt {failcnt}），而单看内存只用了 {ramLimit:kb} 中的 {ramUsage:kb}。换出也无济于事——换出的页计入同一个限额——于是内核在组内杀死了 {victim}。{composition}{group}{owner}这是该组的限额，而不是整台机器内存耗尽。',
  'finding.memory-exhausted.detail-mixed':
    '在该请求可用的地方内存耗尽了：{zone}并不是某一个使用者占满了它；在内核管理的 {managed:kb} 中最大的几项是 {consumers}，可回收的文件缓存只剩 {file:kb}。{swap}{outcome}{top}',
  'finding.memcg-limit.detail-kmem':
    '内存 cgroup {path} 达到了内核内存限额（cgroup v1 memory.kmem.limit_in_bytes）：kmem 用量 {usage:kb}，限额 {limit:kb}（failcnt {failcnt}），而内存只用了 {ramLimit:kb} 中的 {ramUsage:kb}。计入该组的内核分配（slab、页表、内核栈）失败了，尽管用户内存还有余地，于是内核在组内杀死了 {victim}。{composition}{group}{owner}',

  'phrase.other-nodes-free': '其他节点还有 {kb:kb} 空闲，该请求无法使用。',
  'phrase.other-nodes-unknown': '报告没有说明其他节点有多少空闲。',
  'phrase.zones-only-elsewhere': '{zones} 只存在于该请求不能使用的节点上。',
  'phrase.caller': '，来自 {fn}',
  'phrase.zone-below-min': '{zone} 空闲 {free:kb}{usable}，没有超过其 {mark} 水位线 {min:kb}（差 {miss:kb}）',
  'phrase.zone-reserve-refused':
    '{zone} 空闲 {free:kb}{usable}，高于 {mark} 水位线 {min:kb}，但没有超过 {mark} + lowmem_reserve = {need:kb}；lowmem_reserve（{reserve:kb}）用于防止本可使用更高 zone 的请求占满这个低端 zone（差 {miss:kb}）',
  'phrase.swap-none': '没有 swap，匿名内存完全无法回收。',
  'phrase.swap-full': 'swap 已满（{total:kb} 中仅剩 {free:kb}），匿名内存无法换出。',
  'phrase.swap-unknown': '报告中没有显示 swap 状态。',
  'phrase.managed-from-zone': 'managed',
  'phrase.managed-from-ram': 'RAM 减去保留页',
  'phrase.managed-from-present': 'present（此内核的 present 已扣除本区的 mem_map）',
  'phrase.lowmem': '低端内存',
  'phrase.whole-machine': '整台机器',
  'phrase.no-direct-reclaim':
    '它没有 __GFP_DIRECT_RECLAIM（GFP_ATOMIC / GFP_NOWAIT：中断、软中断或持有自旋锁的上下文），不能睡眠',
  'phrase.kswapd': '{comm} 本身就是回收线程，带有 PF_MEMALLOC 运行，分配器从不为它进入直接回收',
  'phrase.kswapd-nomemalloc':
    '{comm} 本身就是回收线程（PF_MEMALLOC：不做直接回收），而 __GFP_NOMEMALLOC 又禁止它使用紧急保留内存',
  'phrase.no-block-of-order': '它可用的 zone 中都没有它能拿的 order {order} 空闲块',
  'phrase.no-compaction': '该请求根本无法规整内存（不能直接回收，或没有 __GFP_IO），分配器无法拼出这样的块。',
  'phrase.task': '{comm}（{pid:id}），RSS {rss:kb}',
  'phrase.fenced-zones': '其他 zone 虽有 order {order} 及以上的空闲块，但没有通过水位线检查：{why}。',
  'phrase.largest-task': '最大的进程：{task}。',
  'phrase.usable-part': '（其中该请求可用 {usable:kb}）',
  'phrase.memcg-composition': '其统计显示：匿名内存 {anon:kb}，页缓存 {file:kb}{kernel}{swap}。',
  'phrase.memcg-kernel': '，内核内存 {kb:kb}',
  'phrase.memcg-swap': '，另有 {kb:kb} 已换出到 swap',
  'phrase.gfp-decoded': '{mask}（解码：{flags}）',
  'phrase.mask-class': '（{name} 类请求，要的是内核内存）',
  'phrase.no-zone-detail': '报告中没有显示各 zone',
  'phrase.kind.oom': 'OOM 杀进程事件',
  'phrase.kind.memcg-oom': '内存 cgroup OOM',
  'phrase.kind.alloc-failure': '分配失败',
  'phrase.clause-separator': '；',
  'phrase.sentence': '{text}。',
  'phrase.named-kb': '{name} {kb} kB',
  'phrase.list-separator': '、',
  'phrase.lacks-nothing': '规则所需的内容都在',
  'phrase.lack.header': '报告头（gfp mask 和 order：报告从它之后才开始）',
  'phrase.lack.mask': 'gfp mask',
  'phrase.lack.order': 'order',
  'phrase.lack.mem-info': 'Mem-Info（zone 行和计数器）',
  'phrase.lack.watermarks': 'zone 行上的水位线',
  'phrase.lack.buddy': 'buddy 空闲链表',
  'phrase.lack.counters': '内存计数器',
  'phrase.lack.swap': 'swap 行',
  'phrase.lack.tasks': '进程表',
  'phrase.lack.version': '内核版本',
  'phrase.lack.memcg-usage': '内存 cgroup 用量行',
  'phrase.checked.header': '报告头：order {order}{orderNote}，{reclaim}',
  'phrase.checked.order-zero': '（任意一个空闲页都能满足：不是碎片问题）',
  'phrase.checked.order-small': '（非高代价阶数：分配器会一直回收和规整，之后才放弃）',
  'phrase.checked.order-costly': '（高代价阶数：超过 order 3 时分配器直接失败，不会杀进程）',
  'phrase.checked.can-reclaim': '该请求可以回收',
  'phrase.checked.no-reclaim': '该请求不能回收',
  'phrase.checked.reclaim-unknown': '不知道它能否回收',
  'phrase.checked.zones-failed': '它可用的 zone 都没通过检查（{zones}）',
  'phrase.checked.no-zones': '没有可以检查的 zone 行',
  'phrase.checked.consumers':
    '没有哪个内存使用者大到足以成为原因（最大的是 {name} {kb:kb}，占 {managed:kb} 的 {pct:pct} %）',
  'phrase.checked.no-balance': '报告中没有可以用来衡量使用者的总量',
  'phrase.checked.no-memcg': '没有内存 cgroup 的报告头',
  'phrase.checked.kill-only': '只剩下报告头之后的几行（{what}）',
  'phrase.hint.pagefault':
    '：gfp_mask=0 且调用栈中有 pagefault_out_of_memory，说明是缺页处理返回了 VM_FAULT_OOM，并没有哪次页分配失败（驱动或文件系统的缺页处理、旧内核上延迟的内存 cgroup 计费，或损坏的页表项）',
  'phrase.hint.not-zones': '（调用者的大小或标志、vmalloc 或 per-cpu 区域、驱动自己的内存池）',
  'phrase.lowmem-why-highmem':
    '32 位内核只能常驻映射约 896 MiB 内存（lowmem），所有内核分配——新进程的页表、slab、缓冲区——都必须来自这里，所以机器看起来还有大量空闲内存时 lowmem 就已经耗尽。',
  'phrase.lowmem-why-movable':
    'Movable zone（kernelcore=/movablecore=、热插拔内存）只接收可移动的用户页；内核分配必须来自它下面的 zone，所以机器看起来还有大量空闲内存时这些 zone 就已经耗尽。',
  'phrase.upper-cma': '（其中 {kb:kb} 是 CMA）',
  'phrase.only-highatomic-blocks': 'order {order} 及以上的空闲块只在它不能使用的 MIGRATE_HIGHATOMIC 页块中',
  'phrase.slab-cache': 'Unreclaimable slab info 表中最大的缓存是 {name}，{kb:kb}（占其中的 {pct:pct} %）。',
  'phrase.memcg-oom-group':
    '{path} 设置了 memory.oom.group，所以内核杀掉了组内所有进程（{count} 次），而不只是最大的那个。',
  'phrase.memcg-owner-node':
    '{path} 是所有 pod 的父 cgroup：它的限额是节点的 allocatable 内存，所以是整个节点用完了 Kubernetes 允许 pod 使用的内存——并没有哪个 pod 的限额被触及。',
  'phrase.memcg-owner-qos': '{path} 包含某一 QoS 等级的所有 pod：触及的是这一层在节点上的份额，而不是某个 pod 的限额。',
  'phrase.memcg-owner-pod': '该 cgroup 属于一个 pod：触及的是该 pod 的内存限额（其各容器限额之和）。',
  'phrase.swap-free':
    'swap 并不是瓶颈（{total:kb} 中还有 {free:kb} 空闲）：回收换出的速度跟不上，或者这些页无法换出（mlock、被钉住、正在回写）。',
  'phrase.outcome-kill': '没有可回收的内存，内核只能杀进程。',
  'phrase.outcome-fail': '没有可回收的内存，分配失败或停滞。',
  'phrase.consumer': '{name} {kb:kb}（{pct:pct} %）',
  'phrase.consumer.anon': '匿名内存',
  'phrase.consumer.shmem': 'shmem/tmpfs',
  'phrase.consumer.slab': '不可回收 slab',
  'phrase.consumer.pagetables': '页表',
  'phrase.consumer.kernel-stack': '内核栈',
  'phrase.consumer.unaccounted': '不在任何计数器中的内存',
  'phrase.consumer.file': '文件缓存',
  'phrase.zone-passed': '{zone} 空闲 {free:kb}，以 {margin:kb} 的余量通过检查',
  'phrase.consumer.lru': 'LRU 页（匿名与文件合在一起：这个内核不区分它们）',
  'phrase.hint.vmalloc':
    '：这是 vmalloc 自己的报告（“{message}”）——vmalloc 的失败与空闲链表无关：请求大小为零或不可能满足、没有剩余的虚拟地址区间，或者逐页分配时拿不到页',
  'phrase.outcome-stall': '没有可回收的内存，内核发出警告时这次分配已经重试了 {ms} 毫秒。',
  'phrase.memcg-no-swap': '该组根本不允许使用 swap（swap.max 为 0），匿名内存无处可去。',
  'phrase.memcg-swap-full': '它的 swap 也已满（swap 用量 {usage:kb}，限额 {limit:kb}），没有更多内存能离开 RAM。',
  'phrase.thp-capped': '，再截到低端内存的 5 %——内核自己对这个推荐值设的上限',

  'rec.lowmem-exhausted.64bit': '改用 64 位内核：所有内存都可直接映射，lowmem 限制随之消失。',
  'rec.lowmem-exhausted.vmsplit':
    '如果必须保持 32 位，2G/2G 划分（CONFIG_VMSPLIT_2G）可使 lowmem 大约翻倍，代价是用户地址空间变小。',
  'rec.lowmem-exhausted.consumer':
    '已统计的最大 lowmem 使用者是 {name}，占 {kb:kb}（lowmem 的 {pct:pct} %）：应缩减它（dentry/inode 缓存可调高 vm.vfs_cache_pressure）。',
  'rec.lowmem-exhausted.unaccounted':
    'lowmem 中有 {kb:kb}（{pct:pct} %）不在任何计数器中（见 unaccounted-memory）：找出占用它的驱动或内核代码。',
  'rec.fragmentation.vmalloc':
    '让调用者不再申请 {blockKb} kB 的物理连续内存：改用 kvmalloc()/vmalloc、scatter-gather，或在启动时一次性分配缓冲区。',
  'rec.fragmentation.compact':
    '保持大块可用：主动规整（vm.compaction_proactiveness，5.9+），或在分配前执行 echo 1 > /proc/sys/vm/compact_memory。',
  'rec.cma-unusable.size':
    'CMA 区域不超过 {maxCma:kb}（现为 {cmaReserved:kb}）时，{zone} 就有足够的非 CMA 空闲内存通过这次检查；按设备实际分配的大小来设置它（命令行的 cma=，或 linux,cma reserved-memory 节点）。',
  'rec.cma-unusable.policy':
    '查明为何在这个内核上 CMA 对可移动分配关闭：reserved-memory 节点上的厂商标志（如 inactive）、厂商的 CMA 策略，或不允许放在 CMA 中的长期钉住（FOLL_LONGTERM）页。',
  'rec.cma-unusable.caller':
    '让调用者使用 CMA 能提供的内存：可移动分配，或用 dma_alloc_coherent()/cma_alloc() 分配设备缓冲区；这么大的不可移动缓冲区需要非 CMA 内存。',
  'rec.cma-unusable.right-size':
    '测量 CMA 的实际使用量（/proc/meminfo 中的 CmaTotal/CmaFree、cma debugfs），缩小该区域，让普通内核分配有足够内存。',
  'rec.memcg-limit.raise':
    '如果负载确实需要更多内存，把 {path} 的限额（cgroup v2 的 memory.max，v1 的 memory.limit_in_bytes）提高到其工作集之上；当前为 {limit:kb}。',
  'rec.memcg-limit.growth': '如果本应放得下，查明 {comm}（{pid:id}）为何增长：组内的泄漏会撞上任何限额。',
  'rec.memcg-limit.chronic': 'failcnt {failcnt}：该组长期顶着限额运行，而不只是在被杀的那一刻。',
  'rec.memory-exhausted.limit-task':
    '限制最大的使用者 {comm}（{pid:id}，RSS {rss:kb}）：内存 cgroup 限额（memory.max、systemd 的 MemoryMax=）可以把全机 OOM 变成局部 OOM；如果它的增长不正常，修复它。',
  'rec.memory-exhausted.add-swap': '增加 swap（即使很小的 swap 文件也能让冷的匿名页离开内存）或增加内存。',
  'rec.memory-exhausted.more-swap': 'swap 也已用尽：增加内存；如果工作集大部分是冷数据，也可增加 swap。',
  'rec.pagetable-bloat.task':
    '{comm}（{pid:id}）映射了 {vm:kb} 的虚拟内存：限制它（RLIMIT_AS / ulimit -v、内存 cgroup），或修正访问大量地址空间的稀疏访问模式。',
  'rec.pagetable-bloat.thp': '对大映射使用透明大页（或 hugetlb）可省去最后一级页表：一个 2 MiB 的大页不需要 PTE 页。',
  'rec.slab-bloat.slabinfo':
    '找出是哪个缓存：按大小排序 /proc/slabinfo（slabtop -s c）；用 slab_nomerge 启动，使缓存不被合并，缓存名就能指向其所有者。',
  'rec.slab-bloat.kmemleak':
    '如果某个缓存持续增长，跟踪它的分配（kmemleak、kmem:kmalloc 跟踪点、bpftrace），找到从不释放的代码。',
  'rec.shmem-tmpfs.size':
    '限制 tmpfs 挂载的大小（/dev/shm、/tmp、/run 的 size= 挂载选项），删除其中残留的文件；ipcs -m 可显示孤立的 SysV 段。',
  'rec.shmem-tmpfs.swap': '没有 swap 时 shmem 完全无法回收：如果 tmpfs 必须容纳超出内存余量的数据，请增加 swap。',
  'rec.hugetlb-reserved.shrink':
    '把 vm.nr_hugepages（或启动参数 hugepages=）降到应用实际映射的数量；当时在用 {used:kb}。',
  'rec.unaccounted-memory.balloon':
    '让气球放气或给它设下限：该客户机耗尽内存时气球约占 {kb:kb}；在虚拟机管理程序上设置客户机的最小内存，使气球不能拿走这么多，或为该客户机禁用气球。',
  'rec.unaccounted-memory.page-owner':
    '找出所有者：以 page_owner=on 启动，读取 /sys/kernel/debug/page_owner（用 page_owner_sort 排序），查看哪些调用点持有这些页。',
  'rec.unaccounted-memory.meminfo':
    '随时间比较 /proc/meminfo 中的 VmallocUsed、Percpu 以及驱动自身的统计；持续增长的那个值就指向泄漏。',
  'rec.high-min-watermark.value':
    'vm.min_free_kbytes 设为 {value} 或更低时，{zone} 此刻在 min 之上还会有 {headroom:kb} 余量（该内存大小的启动默认值为 {def} kB）。',
  'rec.high-min-watermark.thp':
    '是 THP 提高了它：如果不需要大页，设置 transparent_hugepage=never；或在启动后写入 vm.min_free_kbytes（在 THP 设置或内存变化之前保持有效）。',
  'rec.high-min-watermark.sysctl':
    '它远高于默认值（{def} kB）：检查 sysctl.conf、tuned 配置和厂商初始化脚本中的 vm.min_free_kbytes。',
  'rec.atomic-no-reclaim.wsf':
    '让 kswapd 更早开始回收，使突发的原子分配能找到空闲内存：把 vm.watermark_scale_factor（默认 10，即水位线之间相差内存的 0.1 %）提高到 {target}，或提高 vm.min_free_kbytes。',
  'rec.atomic-no-reclaim.mempool':
    '在驱动中：预分配（mempool），或安静地容忍失败（__GFP_NOWARN 加重试路径）；原子分配本来就允许失败。',
  'rec.atomic-no-reclaim.order':
    '在驱动中：避免高阶原子分配（使用 order 0 的页、scatter-gather，或在初始化时分配缓冲区）；原子请求无法规整内存。',
  'rec.no-swap.add':
    '增加 swap——约 {kb:kb}（该内存的四分之一）的 swap 文件是个开始——或使用 zram，让冷的匿名页能离开内存。',
  'rec.constraint-cpuset-mempolicy.widen': '放宽 cpuset.mems 或内存策略，或按绑定的节点来规划负载大小。',
  'rec.manual-trigger.who':
    '查明是谁发出了 sysrq-f（看门狗、管理员、OOM 辅助工具）；各 zone 行可以说明内存是否真的紧张。',
  'rec.panic-on-oom.sysctl':
    '如果机器应当在 OOM 后继续运行，设置 vm.panic_on_oom = 0，让 OOM killer 杀进程；只有当重启（配合 kdump）就是预期的恢复方式时才保留它。',
  'rec.no-killable-task.adj':
    '检查 oom_score_adj -1000 的设置（systemd 单元中的 OOMScoreAdjust=-1000）以及早先受害者占用的内存：杀进程释放不了的内存（shmem/tmpfs、mlock 的页）会让 OOM 反复出现，直到无进程可杀。',
  'rec.no-killable-task.memcg':
    '为杀进程释放不了的内存给该 cgroup 留出空间——shmem 只有删除文件或换出到 swap 才会释放——或者提高它的限额。',
  'rec.outcome-unexplained.full-report':
    '收集完整的报告（dmesg 或 journalctl -k，从报告头到 kill 行），以及同一时刻的 /proc/meminfo、/proc/zoneinfo 和 /proc/buddyinfo：缺少的部分才能判定原因。',
  'rec.repeated-victim.limit':
    '观察 {comm} 的内存随时间的变化，给它设置明确的内存限额，使它单独且尽早失败，并修复它的增长。',
  'rec.periodic-oom.schedule': '把事件时间与 cron 任务、systemd 定时器和批处理计划对照：看每次事件之前启动了什么。',
  'rec.memory-leak-trend.free':
    '以相同间隔记录 /proc/meminfo、/proc/slabinfo 和各进程的 RSS，看下降的 MemFree 流向了哪个计数器。',
  'rec.memory-leak-trend.slab': '在 /proc/slabinfo 中找出增长的缓存，并跟踪它的分配（kmemleak、kmalloc 跟踪点）。',
  'rec.lowmem-exhausted.movable':
    '把更多内存交给内核：缩小或取消 Movable zone（kernelcore=、movablecore=，或把热插拔内存以 online_kernel 方式上线），不要让 {upper} 占着内核分配用不了的内存。',
  'rec.slab-bloat.cache':
    '查出谁在从 {name} 分配：跟踪它（按该缓存过滤的 kmem:kmem_cache_alloc 跟踪点、bpftrace、kmemleak）；如果这是合并后的缓存名，用 slab_nomerge 启动。',
  'rec.unaccounted-memory.holder': '检查 {name}：它自己的统计（debugfs、sysfs、驱动计数器）会说明它占了多少。',
  'rec.memcg-limit.raise-memsw':
    '如果工作负载确实需要更多，提高 {path} 的 memory.memsw.limit_in_bytes（原为 {limit:kb}）；对受 memory+swap 限制的组，增加 swap 没有用。',

  // The reports: section titles, tables, charts, the headline, parser notes (shared/report).

  'chart.zone.title': '各内存区域的空闲内存与水位线',
  'chart.buddy.title': '按阶统计的空闲块（伙伴分配器）',
  'chart.accounting.title': '内存去向',
  'chart.timeline.title': '时间线',
  'timeline.noHost': '未注明主机',
  'chart.margin': '余量',
  'chart.order': '阶',
  'chart.blocks': '空闲块',
  'legend.free': 'free（空闲）',
  'legend.freeCma': 'free_cma',
  'legend.min': 'min',
  'legend.low': 'low',
  'legend.high': 'high',
  'legend.required': '本次请求所需的水位线 + lowmem_reserve',
  'legend.requestOrder': '请求的阶',
  'verdict.pass': '可满足',
  'verdict.fail': '拒绝',
  'verdict.not-allowed': '本次请求不可用',
  'verdict.unknown': '未回放',
  'term.not-allowed': 'gfp 掩码 / nodemask 不允许',
  'term.watermark': '低于水位线',
  'term.lowmem-reserve': '低于水位线 + lowmem_reserve',
  'term.cma': '仅计入空闲 CMA 时通过',
  'term.highatomic': '扣除 highatomic 预留后失败',
  'term.order': '没有该阶的空闲块',
  'term.ok': '通过',
  'kind.oom': 'OOM 杀进程',
  'kind.memcg-oom': '内存 cgroup OOM',
  'kind.alloc-failure': '页分配失败',
  'migrate.U': '不可移动',
  'migrate.M': '可移动',
  'migrate.E': '可回收',
  'migrate.C': 'CMA',
  'migrate.H': '高阶原子',
  'migrate.R': '保留',
  'migrate.I': '隔离',
  'acct.total': 'managed（可管理内存）',
  'acct.rest': '未统计',
  'report.title': 'OOMLens 报告 — {name}',
  'report.contents': '目录',
  'report.generated': '生成时间',
  'report.line': '行',
  'section.summary': '案例摘要',
  'section.diagnosis': '诊断',
  'section.environment': '环境',
  'section.zones': '内存区域与水位线',
  'section.accounting': '内存账目',
  'section.tasks': '主要进程及回放的 OOM 评分',
  'section.whatIf': '假设情景',
  'section.recommendations': '建议',
  'section.appendix': '附录：原始报告文本',
  'appendix.note':
    '各报告与源文件中完全一致，附行号；较长的进程表只保留排名靠前的行、受害进程和诊断结论引用的行，并注明省略了多少行。',
  'appendix.tasksElided': '… 此处省略 {n} 行进程表（源文件第 {from:id}–{to:id} 行）',
  'summary.case': '案例',
  'summary.hosts': '主机',
  'summary.span': '时间范围',
  'summary.events': '事件',
  'summary.noEvents': '未发现内存事件',
  'summary.inputs': '输入',
  'summary.warnings': '输入警告',
  'summary.warningsTitle': '未能完整读取的内容：',
  'summary.moreWarnings': '……另有 {n} 条',
  'overview.time': '时间',
  'overview.kind': '类型',
  'overview.trigger': '触发者',
  'time.uptime': '开机后 {s:1} 秒',
  'overview.victim': '被杀进程',
  'overview.finding': '主要结论',
  'event.source': '来源：{path}，第 {line:id} 行 · 主机 {host}',
  'headline.title': '发生了什么',
  'headline.trigger': '{comm}（pid {pid:id}）以 gfp_mask={mask} 申请 {order} 阶内存块（{kb}）。',
  'headline.manual': 'OOM killer 由 {comm}（pid {pid:id}）手动触发（sysrq-f）。',
  'headline.killed': '内核杀死了 {comm}（pid {pid:id}），OOM 评分 {score}；其 anon-rss 为 {anon}，file-rss 为 {file}。',
  'headline.selected': '内核选择 {comm}（pid {pid:id}，OOM 评分 {score}）作为被杀进程。',
  'headline.noKill': '没有进程被杀：分配失败，由调用者自行处理。',
  'headline.noVictim': '日志未给出被杀进程。',
  'headline.memcg': '内存 cgroup {path} 已达上限：用量 {usage}，上限 {limit}。',
  'headline.replayOk': '回放水位线检查：{zone} 本可满足该请求（余量 {margin}）。',
  'headline.replayFail':
    '回放水位线检查：没有允许的区域能满足；最接近的是 {zone}，{why}（空闲 {free}，需要 {required}，余量 {margin}）。',
  'headline.replayPassed': '回放水位线检查：{zone} 可以通过（余量 {margin}）：仅凭水位线无法解释分配为何失败。',
  'headline.replayNoZone': '回放水位线检查：没有区域允许此请求使用。',
  'headline.finding': '主要结论：{title}',
  'headline.panic': '内核直接 panic 而非杀进程（panic_on_oom）。',
  'findings.evidence': '证据',
  'findings.none': '无结论：诊断无法从此报告中证实任何问题。',
  'severity.critical': '严重',
  'severity.warning': '警告',
  'severity.info': '信息',
  'env.kernel': '内核',
  'env.arch': '架构',
  'env.hardware': '硬件',
  'env.pageSize': '页大小',
  'env.pageSizeFrom.buddy': '由伙伴分配器行推断',
  'env.pageSizeFrom.ratio': '由 kB/页计数比例推断',
  'env.pageSizeFrom.arch': '该架构的常用值',
  'env.pageSizeFrom.default': '假定值（报告中无依据）',
  'env.ram': '内存',
  'env.swap': 'Swap（空闲 / 总量）',
  'env.swap.none': '未配置',
  'env.minFree.default': '由水位线推断；与该内存大小的内核默认值一致',
  'env.minFree.thp': '推断值；已被透明大页（khugepaged）调高',
  'env.minFree.user': '推断值；高于默认值（由管理员设置）',
  'env.minFree.unknown': '无法从此报告推断',
  'env.wsf.default': '默认值',
  'env.wsf.raised': '高于默认值 10',
  'env.wsf.lowered': '低于默认值 10',
  'env.wsf.unknown': '无法从此报告推断（内核早于 4.6，或未打印区域水位线）',
  'env.order': '{order} 阶',
  'env.order.manual': '手动触发',
  'env.highestZone': '最高可用区域 {zone}',
  'env.constraint': 'OOM 约束',
  'env.memcg': '内存 cgroup',
  'env.memcgUsage': 'cgroup 用量 / 上限',
  'env.memcgSwap': 'cgroup swap 用量 / 上限',
  'env.unlimited': '无上限',
  'zones.zone': '区域',
  'zones.reserve': 'lowmem_reserve[]（页）',
  'zones.required': '所需',
  'zones.verdict': '回放结果',
  'zones.note': '单位为 kB（与日志一致）；“所需”为内核模型回放检查时的水位线加上本次请求须保留的 lowmem_reserve。',
  'tasks.name': '名称',
  'tasks.points': '点数',
  'tasks.score': '评分',
  'tasks.killed': '被杀',
  'tasks.selected': '被选中',
  'tasks.predicted': '回放选中',
  'tasks.note':
    '共 {total} 个进程中的前 {shown} 个，按回放的 badness 点数排序（rss、页表与 swap 的页数加 oom_score_adj）；rss 与 pgtables 单位为 kB。',
  'tasks.omitted': '另有 {n} 行进程表已打印但未保留：{reason}。',
  'whatIf.scenario': '情景',
  'whatIf.asLogged': '日志原样',
  'whatIf.allocation': '分配',
  'whatIf.victim': 'OOM 被杀进程',
  'whatIf.succeeds': '由 {zone} 满足',
  'whatIf.fails': '失败',
  'whatIf.noKill': '不杀进程',
  'term.memcg-limit': '控制组已达上限',
  'whatIf.failsBecause': '失败：{why}{zone}',
  'whatIf.panics': '内核 panic（panic_on_oom），无进程被杀：{why}{zone}',
  'whatIf.noKillable': '失败，OOM killer 无可杀进程：{why}{zone}',
  'whatIf.unknown': '未回放',
  'whatIf.estimate': '（估算：回收到新增的 swap）',
  'whatIf.noScenarios': '此事件没有固定的情景。',
  'section.notes': '附录：解析说明',
  'notes.intro': '读取输入时所做的假设或跳过的内容；报告中的内容没有因此丢失。',
  'notes.original': '原文：{text}',
  'note.annotation-removed': '有人附加在内核日志行后（一串短横线之后）的文字已被忽略。',
  'note.line-too-long': '过长、不可能是内核日志的行已跳过。',
  'note.line-truncated': '超过行长度上限的行只读取了上限以内的部分。',
  'note.number-out-of-range': '某行中的数字过大，无法精确保存，该行已跳过。',
  'note.page-size-assumed': '报告未显示页大小，已按该架构的常用值假定。',
  'note.snapshot-time-from-mtime': '/proc 文件不含时间，已以其修改时间作为采集时间。',
  'note.snapshot-time-from-date-file':
    '/proc 文件不含时间，已以其 sosreport 的 date 文件（sosreport 的采集时间）作为采集时间。',
  'note.snapshot-time-from-name': '/proc 文件不含时间，已以其归档文件名中的日期作为采集日期。',
  'note.year-from-case-date':
    'syslog 时间戳不含年份时所假定的年份来自 sosreport（其 date 文件或归档文件名），而不是文件的修改时间。',
  'note.sysctl-error-line': 'sysctl 输出了错误行，而不是数值。',
  'note.unnamed-counter': '某个节点计数器没有名称，已以空名称保留。',
  'note.unrecognised-line': '报告（或 /proc 文件）中有一行无法识别，已跳过。',
  'note.year-inferred': 'syslog 时间戳不含年份，年份取自文件日期（或粘贴的时间）。',
  'note.year-unknown': 'syslog 时间戳不含年份，且无从推断，这些事件没有日期和时间。',
  'note.orphan-report-line': '有一行报告内容不在任何报告之内（之前没有报告开头），未被使用。',
  'note.truncated-report': '报告的开头几行不在输入中（缺少报告头和内存转储）；该事件标记为不完整。',
  'note.depth-limit': '嵌套层数过多的归档文件已跳过。',
  'note.empty-input': '某个输入是空的。',
  'note.encrypted-member': '加密的归档成员已跳过。',
  'note.journal-corrupt': 'systemd 日志已损坏；已读取损坏之前的条目。',
  'note.journal-json': 'JSON 格式的日志导出中，部分内核行不是有效的 JSON，已跳过。',
  'note.journal-lz4': '部分 LZ4 压缩的日志字段无法读取。',
  'note.journal-no-kernel': 'systemd 日志中没有内核消息。',
  'note.nested-journal-too-large': '归档中的日志文件过大，无法在内存中读取，已跳过。',
  'note.nested-zip-too-large': '归档中的 zip 文件过大，无法在内存中读取，已跳过。',
  'note.ratio-limit': '某个压缩输入的展开比例像解压炸弹，已停止读取。',
  'note.read-error': '某个输入无法读到结尾；已分析之前的内容。',
  'note.rotation-duplicates': '在轮转日志文件之间重复的报告行只读取了一次。',
  'note.snapshot-too-large': '看似 /proc 快照的文件过大，已跳过。',
  'note.special-file-skipped': '设备、套接字或管道文件已跳过。',
  'note.special-member': '属于链接或设备的归档成员已跳过。',
  'note.symlink-skipped': '未跟随符号链接。',
  'note.total-limit': '案例已达到解压字节数上限；之后的数据未读取。',
  'note.unreadable-directory': '某个文件夹无法读取，已跳过。',
  'note.unreadable-file': '某个文件无法读取，已跳过。',
  'note.unreadable-member': '某个归档成员无法读取，已跳过。',
  'note.unsafe-member': '名称不安全（绝对路径或指向归档之外）的归档成员已跳过。',
  'note.unsupported-member': '既不是日志、/proc 快照，也不是归档的文件已跳过。',
  'title.hosts': '{n} 台主机',
  'title.one': '{comm}：{kind}',
  'note.partial-zone-line': '某条内存区域行只被部分识别；已使用读出的字段，其余见原文。',
  'note.partial-node-line': '某条节点计数器行只被部分识别；已使用读出的计数器。',
  'note.partial-buddy-line': '某条空闲链表（伙伴系统）行只被部分识别；已使用读出的阶。',
  'note.partial-header': '报告的第一行只被部分识别（常见于粘贴时被截断）。',
  'note.zone-line-missing': '某条空闲链表行没有对应的内存区域行；该区域的空闲内存取空闲链表合计。',
  'note.task-columns-guessed': '进程表没有表头；按列数推断了各列。',
  'note.unparsed-task-row': '进程表中有一行与表头不符。',
  'note.orphan-lowmem-reserve': '某条 lowmem_reserve 行之前没有内存区域行。',
  'note.prefix-learned': '从报告第一行学到了一个未知的行前缀，并从整段报告中去除。',
  'note.elided-lines': '输入在这里省略了报告的一部分（`...`、`[...]`、`(...snipped...)`）。',
  'note.rows-omitted': '报告中超出内存上限的行只计数、未保留；事件中注明了数量。',
  'note.unread-report-marker': '某行带有报告标记（invoked oom-killer、Mem-Info、Killed process 等），却没有产生事件。',
  'note.report-abandoned': '一份未结束的报告之后出现了太多不属于它的行，已放弃继续读取。',
  'note.report-cut': '报告在做出终止决定之前就结束了（输入结束，或另一份报告开始）；警告中给出了最后读到的一行。',
  'note.snapshot-duplicate': '某个 /proc 文件与案例中另一个文件逐字节相同（sosreport 会保存两份），只计入一次。',
}
