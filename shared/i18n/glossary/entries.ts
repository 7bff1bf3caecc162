/**
 * The glossary: what each number OOMLens shows means and how the kernel computes it, keyed by
 * `<context>:<name>` with the kernel's own field name (`zone:min`, `meminfo:SUnreclaim`,
 * `task:pgtables_bytes`, `sysctl:watermark_scale_factor`), in every language, with the kernel
 * documentation page it comes from. Written in the project's words from those pages and the code they
 * describe (Linux 6.x tree; versions noted where a field came or went). Pure data.
 */
import type { Lang } from '../lang'

/** Kernel documentation pages, as paths in the kernel tree. */
export const KERNEL_DOCS = [
  'Documentation/filesystems/proc.rst',
  'Documentation/admin-guide/sysctl/vm.rst',
  'Documentation/admin-guide/cgroup-v2.rst',
  'Documentation/admin-guide/cgroup-v1/memory.rst',
  'Documentation/mm/physical_memory.rst',
  'Documentation/core-api/memory-allocation.rst',
] as const
export type KernelDoc = (typeof KERNEL_DOCS)[number]

/** What a number is, and how the kernel computes or uses it. */
export interface GlossaryText {
  readonly meaning: string
  readonly computed: string
}

export interface GlossaryEntry {
  /** The kernel documentation page that describes it. */
  readonly doc: KernelDoc
  readonly text: Readonly<Record<Lang, GlossaryText>>
}

const entry = (
  doc: KernelDoc,
  en: readonly [string, string],
  zhCN: readonly [string, string],
  zhTW: readonly [string, string],
): GlossaryEntry => ({
  doc,
  text: {
    en: { meaning: en[0], computed: en[1] },
    'zh-CN': { meaning: zhCN[0], computed: zhCN[1] },
    'zh-TW': { meaning: zhTW[0], computed: zhTW[1] },
  },
})

/** Every entry, by `<context>:<kernel name>`. */
export const GLOSSARY: Readonly<Record<string, GlossaryEntry>> = {
  'zone:free': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Free pages in this zone (on its free lists, per-CPU lists not included).',
      'NR_FREE_PAGES of the zone: pages on the buddy free lists; the watermark check compares it with min/low/high.',
    ],
    [
      '该区域的空闲页（伙伴空闲链表中的页，不含每 CPU 链表）。',
      '区域的 NR_FREE_PAGES：伙伴系统空闲链表中的页数；水位检查拿它与 min/low/high 比较。',
    ],
    [
      '這個區域的可用分頁（夥伴空閒串列中的分頁，不含每 CPU 串列）。',
      '區域的 NR_FREE_PAGES：夥伴系統空閒串列中的分頁數；水位檢查拿它與 min/low/high 比較。',
    ],
  ),
  'zone:min': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'The min watermark: below it an allocation must reclaim directly; only atomic and emergency allocations may dip further.',
      'min_free_kbytes shared out over the zones by managed size (highmem gets a small fixed share), set by __setup_per_zone_wmarks().',
    ],
    [
      'min 水位线：低于它时分配必须直接回收；只有原子分配和紧急分配可以继续往下用。',
      '由 __setup_per_zone_wmarks() 按各区域 managed 大小分摊 min_free_kbytes（highmem 只分到很小的固定份额）。',
    ],
    [
      'min 水位線：低於它時配置必須直接回收；只有原子配置和緊急配置可以繼續往下用。',
      '由 __setup_per_zone_wmarks() 依各區域 managed 大小分攤 min_free_kbytes（highmem 只分到很小的固定份額）。',
    ],
  ),
  'zone:low': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'The low watermark: when free falls below it, kswapd is woken to reclaim in the background.',
      'min + distance; since 4.6 the distance is max(min/4, managed × watermark_scale_factor / 10000).',
    ],
    [
      'low 水位线：空闲低于它时唤醒 kswapd 在后台回收。',
      'min 加上间距；4.6 起间距为 max(min/4, managed × watermark_scale_factor / 10000)。',
    ],
    [
      'low 水位線：可用記憶體低於它時喚醒 kswapd 在背景回收。',
      'min 加上間距；4.6 起間距為 max(min/4, managed × watermark_scale_factor / 10000)。',
    ],
  ),
  'zone:high': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'The high watermark: kswapd reclaims until free is above it, then sleeps (the zone is balanced).',
      'min + 2 × distance (see low).',
    ],
    ['high 水位线：kswapd 回收到空闲高于它为止，然后休眠（区域已平衡）。', 'min 加 2 倍间距（见 low）。'],
    ['high 水位線：kswapd 回收到可用記憶體高於它為止，然後休眠（區域已平衡）。', 'min 加 2 倍間距（見 low）。'],
  ),
  'zone:boost': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Watermark boost: extra pages added to every watermark after a fragmentation event, so kswapd reclaims a little more.',
      'Raised on external fragmentation up to watermark_boost_factor of high (5.0+), reset when kswapd finishes.',
    ],
    [
      '水位提升：发生碎片事件后临时加到各水位线上的页数，让 kswapd 多回收一些。',
      '外部碎片时提升，最多为 high 的 watermark_boost_factor 倍（5.0 起），kswapd 完成后清零。',
    ],
    [
      '水位提升：發生碎片事件後暫時加到各水位線上的分頁數，讓 kswapd 多回收一些。',
      '外部碎片時提升，最多為 high 的 watermark_boost_factor 倍（5.0 起），kswapd 完成後歸零。',
    ],
  ),
  'zone:reserved_highatomic': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Pages held back in pageblocks reserved for high-order atomic allocations.',
      'nr_reserved_highatomic: grown when a high-order atomic allocation succeeds, at most about 1% of the zone.',
    ],
    ['为高阶原子分配保留的页块中预留的页。', 'nr_reserved_highatomic：高阶原子分配成功时扩大，最多约为区域的 1%。'],
    [
      '為高階原子配置保留的分頁區塊中預留的分頁。',
      'nr_reserved_highatomic：高階原子配置成功時擴大，最多約為區域的 1%。',
    ],
  ),
  'zone:present': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Physical pages that exist in the zone (its span minus holes).',
      'present_pages = spanned_pages − pages in holes.',
    ],
    ['区域内实际存在的物理页（跨度减去空洞）。', 'present_pages = spanned_pages − 空洞中的页。'],
    ['區域內實際存在的實體分頁（跨度減去空洞）。', 'present_pages = spanned_pages − 空洞中的分頁。'],
  ),
  'zone:managed': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Pages the buddy allocator manages: what watermarks and reserves are computed from.',
      'managed_pages = present_pages − pages reserved at boot (memblock, crash kernel, ...).',
    ],
    [
      '伙伴分配器管理的页：水位线和预留都以它为基础计算。',
      'managed_pages = present_pages − 启动时预留的页（memblock、crash kernel 等）。',
    ],
    [
      '夥伴配置器管理的分頁：水位線和預留都以它為基礎計算。',
      'managed_pages = present_pages − 開機時預留的分頁（memblock、crash kernel 等）。',
    ],
  ),
  'zone:spanned': entry(
    'Documentation/mm/physical_memory.rst',
    ['Pages the zone spans, holes included.', 'spanned_pages = zone_end_pfn − zone_start_pfn.'],
    ['区域跨越的页数，含空洞。', 'spanned_pages = zone_end_pfn − zone_start_pfn。'],
    ['區域跨越的分頁數，含空洞。', 'spanned_pages = zone_end_pfn − zone_start_pfn。'],
  ),
  'zone:free_pcp': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Free pages sitting on the per-CPU lists of this zone, not on its buddy lists.',
      "Sum of every CPU's pageset count; they serve order-0 allocations without taking the zone lock.",
    ],
    [
      '位于该区域每 CPU 链表上的空闲页，不在伙伴链表中。',
      '各 CPU pageset 的 count 之和；它们不加区域锁即可满足 0 阶分配。',
    ],
    [
      '位於這個區域每 CPU 串列上的可用分頁，不在夥伴串列中。',
      '各 CPU pageset 的 count 之和；它們不加區域鎖即可滿足 0 階配置。',
    ],
  ),
  'zone:local_pcp': entry(
    'Documentation/mm/physical_memory.rst',
    ['Free pages on the per-CPU list of the CPU that printed the report.', "This CPU's pageset count for the zone."],
    ['打印报告的那个 CPU 的每 CPU 链表上的空闲页。', '该 CPU 在此区域的 pageset count。'],
    ['印出報告的那個 CPU 的每 CPU 串列上的可用分頁。', '該 CPU 在這個區域的 pageset count。'],
  ),
  'zone:free_cma': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Free pages inside CMA areas: only movable allocations may use them.',
      'NR_FREE_CMA_PAGES; the watermark check leaves them out for requests that are not ALLOC_CMA.',
    ],
    [
      'CMA 区域内的空闲页：只有可移动分配能使用。',
      'NR_FREE_CMA_PAGES；对没有 ALLOC_CMA 的请求，水位检查会把它们扣除。',
    ],
    [
      'CMA 區域內的可用分頁：只有可移動配置能使用。',
      'NR_FREE_CMA_PAGES；對沒有 ALLOC_CMA 的請求，水位檢查會把它們扣除。',
    ],
  ),
  'zone:lowmem_reserve': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'Pages this zone keeps back from requests that could have used a higher zone, one value per highest zone.',
      'setup_per_zone_lowmem_reserve(): the managed pages of the higher zones ÷ lowmem_reserve_ratio of this zone.',
    ],
    [
      '该区域为本可以使用更高区域的请求而保留的页，每个最高区域一个值。',
      'setup_per_zone_lowmem_reserve()：更高区域的 managed 页数 ÷ 本区域的 lowmem_reserve_ratio。',
    ],
    [
      '這個區域為本可使用更高區域的請求而保留的分頁，每個最高區域一個值。',
      'setup_per_zone_lowmem_reserve()：更高區域的 managed 分頁數 ÷ 本區域的 lowmem_reserve_ratio。',
    ],
  ),
  'zone:protection': entry(
    'Documentation/filesystems/proc.rst',
    [
      "zoneinfo's name for lowmem_reserve[]: pages kept back per highest zone of the request.",
      'The same array as lowmem_reserve (see there).',
    ],
    ['zoneinfo 中 lowmem_reserve[] 的名称：按请求的最高区域保留的页。', '与 lowmem_reserve 是同一个数组（见该项）。'],
    ['zoneinfo 中 lowmem_reserve[] 的名稱：依請求的最高區域保留的分頁。', '與 lowmem_reserve 是同一個陣列（見該項）。'],
  ),
  'zone:nr_free_pages': entry(
    'Documentation/filesystems/proc.rst',
    ["zoneinfo's count of free pages in the zone.", "NR_FREE_PAGES, as in the zone line's free."],
    ['zoneinfo 中该区域的空闲页数。', 'NR_FREE_PAGES，与区域行中的 free 相同。'],
    ['zoneinfo 中這個區域的可用分頁數。', 'NR_FREE_PAGES，與區域行中的 free 相同。'],
  ),
  'counter:active_anon': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Anonymous memory (heap, stack, private mappings) used recently.',
      'Pages on the active anon LRU; swap (or zswap) is the only way to reclaim them.',
    ],
    ['最近使用过的匿名内存（堆、栈、私有映射）。', '活跃匿名 LRU 上的页；只能通过交换（或 zswap）回收。'],
    ['最近使用過的匿名記憶體（堆積、堆疊、私有對映）。', '活躍匿名 LRU 上的分頁；只能透過交換（或 zswap）回收。'],
  ),
  'counter:inactive_anon': entry(
    'Documentation/filesystems/proc.rst',
    ['Anonymous memory not used recently: the first to be swapped out.', 'Pages on the inactive anon LRU.'],
    ['最近未使用的匿名内存：最先被换出。', '非活跃匿名 LRU 上的页。'],
    ['最近未使用的匿名記憶體：最先被換出。', '非活躍匿名 LRU 上的分頁。'],
  ),
  'counter:active_file': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Page cache used recently.',
      'Pages on the active file LRU; clean ones can be dropped, dirty ones written back first.',
    ],
    ['最近使用过的页缓存。', '活跃文件 LRU 上的页；干净页可直接丢弃，脏页需先写回。'],
    ['最近使用過的分頁快取。', '活躍檔案 LRU 上的分頁；乾淨分頁可直接丟棄，髒分頁需先寫回。'],
  ),
  'counter:inactive_file': entry(
    'Documentation/filesystems/proc.rst',
    ['Page cache not used recently: reclaim takes it first.', 'Pages on the inactive file LRU.'],
    ['最近未使用的页缓存：回收时最先处理。', '非活跃文件 LRU 上的页。'],
    ['最近未使用的分頁快取：回收時最先處理。', '非活躍檔案 LRU 上的分頁。'],
  ),
  'counter:unevictable': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory that cannot be reclaimed: mlocked pages, ramfs, locked shm.', 'Pages on the unevictable LRU.'],
    ['无法回收的内存：mlock 的页、ramfs、锁定的共享内存。', '不可回收 LRU 上的页。'],
    ['無法回收的記憶體：mlock 的分頁、ramfs、鎖定的共享記憶體。', '不可回收 LRU 上的分頁。'],
  ),
  'counter:isolated_anon': entry(
    'Documentation/filesystems/proc.rst',
    ['Anonymous pages taken off the LRU for a moment (being reclaimed or migrated).', 'NR_ISOLATED_ANON.'],
    ['暂时从 LRU 摘下的匿名页（正在回收或迁移）。', 'NR_ISOLATED_ANON。'],
    ['暫時從 LRU 摘下的匿名分頁（正在回收或遷移）。', 'NR_ISOLATED_ANON。'],
  ),
  'counter:isolated_file': entry(
    'Documentation/filesystems/proc.rst',
    ['Page-cache pages taken off the LRU for a moment (being reclaimed or migrated).', 'NR_ISOLATED_FILE.'],
    ['暂时从 LRU 摘下的页缓存页（正在回收或迁移）。', 'NR_ISOLATED_FILE。'],
    ['暫時從 LRU 摘下的分頁快取分頁（正在回收或遷移）。', 'NR_ISOLATED_FILE。'],
  ),
  'counter:mlocked': entry(
    'Documentation/filesystems/proc.rst',
    ['Pages locked in memory with mlock().', 'NR_MLOCK; they sit on the unevictable LRU.'],
    ['用 mlock() 锁在内存中的页。', 'NR_MLOCK；位于不可回收 LRU。'],
    ['用 mlock() 鎖在記憶體中的分頁。', 'NR_MLOCK；位於不可回收 LRU。'],
  ),
  'counter:dirty': entry(
    'Documentation/filesystems/proc.rst',
    ['Page cache changed and not yet written back.', 'NR_FILE_DIRTY; must be written before it can be reclaimed.'],
    ['已修改但尚未写回的页缓存。', 'NR_FILE_DIRTY；必须先写回才能回收。'],
    ['已修改但尚未寫回的分頁快取。', 'NR_FILE_DIRTY；必須先寫回才能回收。'],
  ),
  'counter:writeback': entry(
    'Documentation/filesystems/proc.rst',
    ['Page cache being written back right now.', 'NR_WRITEBACK.'],
    ['正在写回的页缓存。', 'NR_WRITEBACK。'],
    ['正在寫回的分頁快取。', 'NR_WRITEBACK。'],
  ),
  'counter:writepending': entry(
    'Documentation/filesystems/proc.rst',
    ['Dirty and writeback pages of the zone together.', 'NR_ZONE_WRITE_PENDING: dirty + writeback.'],
    ['该区域脏页与正在写回的页之和。', 'NR_ZONE_WRITE_PENDING：dirty + writeback。'],
    ['這個區域髒分頁與正在寫回的分頁之和。', 'NR_ZONE_WRITE_PENDING：dirty + writeback。'],
  ),
  'counter:slab_reclaimable': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Slab memory the kernel can free under pressure (dentries, inodes).',
      "NR_SLAB_RECLAIMABLE(_B); meminfo's SReclaimable.",
    ],
    ['内存紧张时内核可以释放的 slab 内存（dentry、inode）。', 'NR_SLAB_RECLAIMABLE(_B)；即 meminfo 的 SReclaimable。'],
    [
      '記憶體緊張時核心可以釋放的 slab 記憶體（dentry、inode）。',
      'NR_SLAB_RECLAIMABLE(_B)；即 meminfo 的 SReclaimable。',
    ],
  ),
  'counter:slab_unreclaimable': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Slab memory the kernel cannot free under pressure: a leak shows up here.',
      "NR_SLAB_UNRECLAIMABLE(_B); meminfo's SUnreclaim.",
    ],
    ['内存紧张时内核无法释放的 slab 内存：泄漏会体现在这里。', 'NR_SLAB_UNRECLAIMABLE(_B)；即 meminfo 的 SUnreclaim。'],
    [
      '記憶體緊張時核心無法釋放的 slab 記憶體：洩漏會反映在這裡。',
      'NR_SLAB_UNRECLAIMABLE(_B)；即 meminfo 的 SUnreclaim。',
    ],
  ),
  'counter:mapped': entry(
    'Documentation/filesystems/proc.rst',
    ["Page cache mapped into some process's address space.", "NR_FILE_MAPPED; meminfo's Mapped."],
    ['映射到某个进程地址空间的页缓存。', 'NR_FILE_MAPPED；即 meminfo 的 Mapped。'],
    ['對映到某個行程位址空間的分頁快取。', 'NR_FILE_MAPPED；即 meminfo 的 Mapped。'],
  ),
  'counter:shmem': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Shared memory and tmpfs: page cache that only swap can reclaim.',
      'NR_SHMEM; counted in Cached, reclaimed like anonymous memory.',
    ],
    ['共享内存和 tmpfs：只能通过交换回收的页缓存。', 'NR_SHMEM；计入 Cached，但像匿名内存一样回收。'],
    ['共享記憶體和 tmpfs：只能透過交換回收的分頁快取。', 'NR_SHMEM；計入 Cached，但像匿名記憶體一樣回收。'],
  ),
  'counter:pagetables': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory used by page tables of all processes.', "NR_PAGETABLE; meminfo's PageTables."],
    ['所有进程的页表占用的内存。', 'NR_PAGETABLE；即 meminfo 的 PageTables。'],
    ['所有行程的分頁表占用的記憶體。', 'NR_PAGETABLE；即 meminfo 的 PageTables。'],
  ),
  'counter:sec_pagetables': entry(
    'Documentation/filesystems/proc.rst',
    ['Secondary page tables (KVM, IOMMU).', 'NR_SECONDARY_PAGETABLE (6.0+).'],
    ['二级页表（KVM、IOMMU）。', 'NR_SECONDARY_PAGETABLE（6.0 起）。'],
    ['二級分頁表（KVM、IOMMU）。', 'NR_SECONDARY_PAGETABLE（6.0 起）。'],
  ),
  'counter:kernel_stack': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory used by the kernel stacks of all tasks.', "NR_KERNEL_STACK_KB; meminfo's KernelStack."],
    ['所有任务的内核栈占用的内存。', 'NR_KERNEL_STACK_KB；即 meminfo 的 KernelStack。'],
    ['所有工作的核心堆疊占用的記憶體。', 'NR_KERNEL_STACK_KB；即 meminfo 的 KernelStack。'],
  ),
  'counter:bounce': entry(
    'Documentation/filesystems/proc.rst',
    ['Bounce buffers for devices that cannot reach high memory.', 'NR_BOUNCE.'],
    ['为无法访问高端内存的设备准备的回弹缓冲区。', 'NR_BOUNCE。'],
    ['為無法存取高階記憶體的裝置準備的回彈緩衝區。', 'NR_BOUNCE。'],
  ),
  'counter:free': entry(
    'Documentation/filesystems/proc.rst',
    ['Free pages (in Mem-Info: of the whole machine).', 'NR_FREE_PAGES summed over the zones.'],
    ['空闲页（在 Mem-Info 中指整台机器）。', '各区域 NR_FREE_PAGES 之和。'],
    ['可用分頁（在 Mem-Info 中指整台機器）。', '各區域 NR_FREE_PAGES 之和。'],
  ),
  'counter:unstable': entry(
    'Documentation/filesystems/proc.rst',
    ['NFS pages sent to the server but not yet committed.', 'NR_UNSTABLE_NFS (gone in 5.8).'],
    ['已发送给 NFS 服务器但尚未提交的页。', 'NR_UNSTABLE_NFS（5.8 起移除）。'],
    ['已傳送給 NFS 伺服器但尚未提交的分頁。', 'NR_UNSTABLE_NFS（5.8 起移除）。'],
  ),
  'counter:active': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Memory used recently, anonymous and page cache together (kernels before 2.6.28 kept one LRU for both).',
      'NR_ACTIVE: pages on the one active LRU; 2.6.28 split it into active_anon and active_file.',
    ],
    [
      '最近使用过的内存，匿名页与页缓存合计（2.6.28 之前的内核两者共用一条 LRU）。',
      'NR_ACTIVE：唯一一条活跃 LRU 上的页；2.6.28 起拆成 active_anon 与 active_file。',
    ],
    [
      '最近使用過的記憶體，匿名分頁與分頁快取合計（2.6.28 之前的核心兩者共用一條 LRU）。',
      'NR_ACTIVE：唯一一條活躍 LRU 上的分頁；2.6.28 起拆成 active_anon 與 active_file。',
    ],
  ),
  'counter:inactive': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Memory not used recently, anonymous and page cache together (kernels before 2.6.28).',
      'NR_INACTIVE: pages on the one inactive LRU; 2.6.28 split it into inactive_anon and inactive_file.',
    ],
    [
      '最近未使用的内存，匿名页与页缓存合计（2.6.28 之前的内核）。',
      'NR_INACTIVE：唯一一条非活跃 LRU 上的页；2.6.28 起拆成 inactive_anon 与 inactive_file。',
    ],
    [
      '最近未使用的記憶體，匿名分頁與分頁快取合計（2.6.28 之前的核心）。',
      'NR_INACTIVE：唯一一條非活躍 LRU 上的分頁；2.6.28 起拆成 inactive_anon 與 inactive_file。',
    ],
  ),
  'counter:slab': entry(
    'Documentation/filesystems/proc.rst',
    [
      'All slab memory, reclaimable or not (old kernels print one figure).',
      'NR_SLAB before 2.6.19; later kernels split it into slab_reclaimable and slab_unreclaimable.',
    ],
    [
      '全部 slab 内存，不分可回收与否（旧内核只打印一个数）。',
      '2.6.19 之前为 NR_SLAB；之后的内核拆成 slab_reclaimable 与 slab_unreclaimable。',
    ],
    [
      '全部 slab 記憶體，不分可回收與否（舊核心只列印一個數）。',
      '2.6.19 之前為 NR_SLAB；之後的核心拆成 slab_reclaimable 與 slab_unreclaimable。',
    ],
  ),
  'counter:writeback_tmp': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Pages written back through temporary buffers (FUSE).',
      'NR_WRITEBACK_TEMP; /proc/meminfo shows it as WritebackTmp.',
    ],
    ['通过临时缓冲区写回的页（FUSE）。', 'NR_WRITEBACK_TEMP；/proc/meminfo 中显示为 WritebackTmp。'],
    ['透過暫存緩衝區寫回的分頁（FUSE）。', 'NR_WRITEBACK_TEMP；/proc/meminfo 中顯示為 WritebackTmp。'],
  ),
  'counter:kernel_misc_reclaimable': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Kernel memory outside the slab that its owner gives back under memory pressure.',
      'NR_KERNEL_MISC_RECLAIMABLE (4.20+); /proc/meminfo counts it in KReclaimable.',
    ],
    [
      'slab 之外、其持有者在内存紧张时会归还的内核内存。',
      'NR_KERNEL_MISC_RECLAIMABLE（4.20 起）；/proc/meminfo 把它算进 KReclaimable。',
    ],
    [
      'slab 之外、其持有者在記憶體緊張時會歸還的核心記憶體。',
      'NR_KERNEL_MISC_RECLAIMABLE（4.20 起）；/proc/meminfo 把它算進 KReclaimable。',
    ],
  ),
  'counter:shadow_call_stack': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Shadow call stacks of the tasks (arm64 with CONFIG_SHADOW_CALL_STACK).',
      'NR_KERNEL_SCS_KB (5.8+); /proc/meminfo shows it as ShadowCallStack.',
    ],
    [
      '各任务的影子调用栈（启用 CONFIG_SHADOW_CALL_STACK 的 arm64）。',
      'NR_KERNEL_SCS_KB（5.8 起）；/proc/meminfo 中显示为 ShadowCallStack。',
    ],
    [
      '各任務的影子呼叫堆疊（啟用 CONFIG_SHADOW_CALL_STACK 的 arm64）。',
      'NR_KERNEL_SCS_KB（5.8 起）；/proc/meminfo 中顯示為 ShadowCallStack。',
    ],
  ),
  'meminfo:MemTotal': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Usable RAM: physical memory minus what the kernel reserved at boot and its own code.',
      'totalram_pages(): the managed pages of every zone.',
    ],
    ['可用的内存总量：物理内存减去启动时保留的部分和内核自身代码。', 'totalram_pages()：所有区域 managed 页之和。'],
    [
      '可用的記憶體總量：實體記憶體減去開機時保留的部分和核心本身的程式碼。',
      'totalram_pages()：所有區域 managed 分頁之和。',
    ],
  ),
  'meminfo:MemFree': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory not used for anything.', 'Free pages of all zones (NR_FREE_PAGES).'],
    ['完全未被使用的内存。', '所有区域的空闲页（NR_FREE_PAGES）。'],
    ['完全未被使用的記憶體。', '所有區域的可用分頁（NR_FREE_PAGES）。'],
  ),
  'meminfo:MemAvailable': entry(
    'Documentation/filesystems/proc.rst',
    [
      'An estimate of memory available for new work without swapping.',
      'si_mem_available(): free minus the watermarks, plus the reclaimable part of page cache and slab (3.14+).',
    ],
    [
      '在不换出的情况下可供新任务使用的内存估计值。',
      'si_mem_available()：空闲减去水位线，再加上可回收的页缓存和 slab（3.14 起）。',
    ],
    [
      '在不換出的情況下可供新工作使用的記憶體估計值。',
      'si_mem_available()：可用減去水位線，再加上可回收的分頁快取和 slab（3.14 起）。',
    ],
  ),
  'meminfo:Buffers': entry(
    'Documentation/filesystems/proc.rst',
    ['Block-device page cache (metadata, raw device reads).', 'nr_blockdev_pages().'],
    ['块设备的页缓存（元数据、直接读设备）。', 'nr_blockdev_pages()。'],
    ['區塊裝置的分頁快取（中繼資料、直接讀取裝置）。', 'nr_blockdev_pages()。'],
  ),
  'meminfo:Cached': entry(
    'Documentation/filesystems/proc.rst',
    ['Page cache of files, tmpfs and shared memory included.', 'NR_FILE_PAGES − SwapCached − Buffers.'],
    ['文件页缓存，含 tmpfs 和共享内存。', 'NR_FILE_PAGES − SwapCached − Buffers。'],
    ['檔案分頁快取，含 tmpfs 和共享記憶體。', 'NR_FILE_PAGES − SwapCached − Buffers。'],
  ),
  'meminfo:SwapCached': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory swapped out and read back in, still also in swap.', 'Pages in the swap cache.'],
    ['被换出又换回、同时仍留在交换区中的内存。', '交换缓存中的页。'],
    ['被換出又換回、同時仍留在交換空間中的記憶體。', '交換快取中的分頁。'],
  ),
  'meminfo:Active': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory used recently, anonymous and page cache.', 'Active anon + active file LRU.'],
    ['最近使用过的内存，含匿名内存和页缓存。', '活跃匿名 LRU + 活跃文件 LRU。'],
    ['最近使用過的記憶體，含匿名記憶體和分頁快取。', '活躍匿名 LRU + 活躍檔案 LRU。'],
  ),
  'meminfo:Inactive': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory not used recently: reclaim looks here first.', 'Inactive anon + inactive file LRU.'],
    ['最近未使用的内存：回收首先找这里。', '非活跃匿名 LRU + 非活跃文件 LRU。'],
    ['最近未使用的記憶體：回收首先找這裡。', '非活躍匿名 LRU + 非活躍檔案 LRU。'],
  ),
  'meminfo:Unevictable': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory that cannot be reclaimed (mlocked, ramfs).', 'The unevictable LRU.'],
    ['无法回收的内存（mlock、ramfs）。', '不可回收 LRU。'],
    ['無法回收的記憶體（mlock、ramfs）。', '不可回收 LRU。'],
  ),
  'meminfo:Mlocked': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory locked with mlock().', 'NR_MLOCK.'],
    ['用 mlock() 锁定的内存。', 'NR_MLOCK。'],
    ['用 mlock() 鎖定的記憶體。', 'NR_MLOCK。'],
  ),
  'meminfo:SwapTotal': entry(
    'Documentation/filesystems/proc.rst',
    ['Swap space configured.', 'Sum of all active swap areas.'],
    ['已配置的交换空间。', '所有启用的交换区之和。'],
    ['已設定的交換空間。', '所有啟用的交換區之和。'],
  ),
  'meminfo:SwapFree': entry(
    'Documentation/filesystems/proc.rst',
    ['Swap space unused.', 'SwapTotal minus the swap in use.'],
    ['未使用的交换空间。', 'SwapTotal 减去已使用的交换空间。'],
    ['未使用的交換空間。', 'SwapTotal 減去已使用的交換空間。'],
  ),
  'meminfo:Dirty': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory waiting to be written back to disk.', 'NR_FILE_DIRTY.'],
    ['等待写回磁盘的内存。', 'NR_FILE_DIRTY。'],
    ['等待寫回磁碟的記憶體。', 'NR_FILE_DIRTY。'],
  ),
  'meminfo:Writeback': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory being written back to disk now.', 'NR_WRITEBACK.'],
    ['正在写回磁盘的内存。', 'NR_WRITEBACK。'],
    ['正在寫回磁碟的記憶體。', 'NR_WRITEBACK。'],
  ),
  'meminfo:AnonPages': entry(
    'Documentation/filesystems/proc.rst',
    ['Anonymous memory mapped into processes (heap, stack, private mappings).', 'NR_ANON_MAPPED.'],
    ['映射到进程中的匿名内存（堆、栈、私有映射）。', 'NR_ANON_MAPPED。'],
    ['對映到行程中的匿名記憶體（堆積、堆疊、私有對映）。', 'NR_ANON_MAPPED。'],
  ),
  'meminfo:Mapped': entry(
    'Documentation/filesystems/proc.rst',
    ["Files mapped into processes (libraries, mmap'ed files).", 'NR_FILE_MAPPED.'],
    ['映射到进程中的文件（库、mmap 的文件）。', 'NR_FILE_MAPPED。'],
    ['對映到行程中的檔案（函式庫、mmap 的檔案）。', 'NR_FILE_MAPPED。'],
  ),
  'meminfo:Shmem': entry(
    'Documentation/filesystems/proc.rst',
    ['Shared memory and tmpfs (part of Cached, reclaimable only by swap).', 'NR_SHMEM.'],
    ['共享内存和 tmpfs（属于 Cached，只能靠交换回收）。', 'NR_SHMEM。'],
    ['共享記憶體和 tmpfs（屬於 Cached，只能靠交換回收）。', 'NR_SHMEM。'],
  ),
  'meminfo:KReclaimable': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Kernel memory it can reclaim under pressure (reclaimable slab and more).',
      'SReclaimable + NR_KERNEL_MISC_RECLAIMABLE (4.20+).',
    ],
    ['内存紧张时内核可以回收的内存（可回收 slab 等）。', 'SReclaimable + NR_KERNEL_MISC_RECLAIMABLE（4.20 起）。'],
    ['記憶體緊張時核心可以回收的記憶體（可回收 slab 等）。', 'SReclaimable + NR_KERNEL_MISC_RECLAIMABLE（4.20 起）。'],
  ),
  'meminfo:Slab': entry(
    'Documentation/filesystems/proc.rst',
    ['Kernel data structure caches (slab allocator).', 'SReclaimable + SUnreclaim.'],
    ['内核数据结构缓存（slab 分配器）。', 'SReclaimable + SUnreclaim。'],
    ['核心資料結構快取（slab 配置器）。', 'SReclaimable + SUnreclaim。'],
  ),
  'meminfo:SReclaimable': entry(
    'Documentation/filesystems/proc.rst',
    ['Slab the kernel can reclaim (dentry and inode caches).', 'NR_SLAB_RECLAIMABLE(_B).'],
    ['内核可以回收的 slab（dentry 和 inode 缓存）。', 'NR_SLAB_RECLAIMABLE(_B)。'],
    ['核心可以回收的 slab（dentry 和 inode 快取）。', 'NR_SLAB_RECLAIMABLE(_B)。'],
  ),
  'meminfo:SUnreclaim': entry(
    'Documentation/filesystems/proc.rst',
    ['Slab the kernel cannot reclaim: a kernel or driver leak grows here.', 'NR_SLAB_UNRECLAIMABLE(_B).'],
    ['内核无法回收的 slab：内核或驱动泄漏会在这里增长。', 'NR_SLAB_UNRECLAIMABLE(_B)。'],
    ['核心無法回收的 slab：核心或驅動程式洩漏會在這裡成長。', 'NR_SLAB_UNRECLAIMABLE(_B)。'],
  ),
  'meminfo:KernelStack': entry(
    'Documentation/filesystems/proc.rst',
    ['Kernel stacks of all tasks.', 'NR_KERNEL_STACK_KB.'],
    ['所有任务的内核栈。', 'NR_KERNEL_STACK_KB。'],
    ['所有工作的核心堆疊。', 'NR_KERNEL_STACK_KB。'],
  ),
  'meminfo:PageTables': entry(
    'Documentation/filesystems/proc.rst',
    ['Page tables of all processes.', 'NR_PAGETABLE.'],
    ['所有进程的页表。', 'NR_PAGETABLE。'],
    ['所有行程的分頁表。', 'NR_PAGETABLE。'],
  ),
  'meminfo:Percpu': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory of the per-CPU allocator.', 'pcpu_nr_pages() (4.16+).'],
    ['每 CPU 分配器占用的内存。', 'pcpu_nr_pages()（4.16 起）。'],
    ['每 CPU 配置器占用的記憶體。', 'pcpu_nr_pages()（4.16 起）。'],
  ),
  'meminfo:CommitLimit': entry(
    'Documentation/filesystems/proc.rst',
    [
      'How much may be committed under strict overcommit (overcommit_memory=2).',
      'Swap + (RAM − hugetlb) × overcommit_ratio / 100, or overcommit_kbytes.',
    ],
    [
      '严格超额分配（overcommit_memory=2）下允许提交的总量。',
      '交换空间 + （内存 − hugetlb）× overcommit_ratio / 100，或 overcommit_kbytes。',
    ],
    [
      '嚴格超額配置（overcommit_memory=2）下允許提交的總量。',
      '交換空間 + （記憶體 − hugetlb）× overcommit_ratio / 100，或 overcommit_kbytes。',
    ],
  ),
  'meminfo:Committed_AS': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory processes have asked for, used or not.', "vm_committed_as: the sum of private writable mappings' sizes."],
    ['进程已申请的内存，无论是否已使用。', 'vm_committed_as：私有可写映射大小之和。'],
    ['行程已要求的記憶體，無論是否已使用。', 'vm_committed_as：私有可寫對映大小之和。'],
  ),
  'meminfo:VmallocUsed': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory used by vmalloc areas.', 'vmalloc_nr_pages() (since 5.3; 0 in 4.x).'],
    ['vmalloc 区域占用的内存。', 'vmalloc_nr_pages()（5.3 起；4.x 中为 0）。'],
    ['vmalloc 區域占用的記憶體。', 'vmalloc_nr_pages()（5.3 起；4.x 中為 0）。'],
  ),
  'meminfo:AnonHugePages': entry(
    'Documentation/filesystems/proc.rst',
    ['Anonymous memory in transparent huge pages.', 'NR_ANON_THPS × HPAGE_PMD_NR pages.'],
    ['透明大页中的匿名内存。', 'NR_ANON_THPS × HPAGE_PMD_NR 页。'],
    ['透明大分頁中的匿名記憶體。', 'NR_ANON_THPS × HPAGE_PMD_NR 分頁。'],
  ),
  'meminfo:HugePages_Total': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Huge pages reserved in the hugetlb pool: no one else can use them.',
      'nr_hugepages of the default huge page size.',
    ],
    ['hugetlb 池中预留的大页：其他用途无法使用。', '默认大页大小的 nr_hugepages。'],
    ['hugetlb 池中預留的大分頁：其他用途無法使用。', '預設大分頁大小的 nr_hugepages。'],
  ),
  'meminfo:HugePages_Free': entry(
    'Documentation/filesystems/proc.rst',
    ['Huge pages of the pool not yet allocated.', 'free_huge_pages.'],
    ['池中尚未分配的大页。', 'free_huge_pages。'],
    ['池中尚未配置的大分頁。', 'free_huge_pages。'],
  ),
  'meminfo:Hugepagesize': entry(
    'Documentation/filesystems/proc.rst',
    ['The default huge page size.', 'HPAGE_SIZE (2048 kB on x86_64).'],
    ['默认的大页大小。', 'HPAGE_SIZE（x86_64 上为 2048 kB）。'],
    ['預設的大分頁大小。', 'HPAGE_SIZE（x86_64 上為 2048 kB）。'],
  ),
  'meminfo:CmaTotal': entry(
    'Documentation/filesystems/proc.rst',
    ['Memory set aside for the contiguous memory allocator (CMA).', 'totalcma_pages.'],
    ['为连续内存分配器（CMA）预留的内存。', 'totalcma_pages。'],
    ['為連續記憶體配置器（CMA）預留的記憶體。', 'totalcma_pages。'],
  ),
  'meminfo:CmaFree': entry(
    'Documentation/filesystems/proc.rst',
    ['Free memory inside CMA: usable by movable allocations only.', 'NR_FREE_CMA_PAGES.'],
    ['CMA 中的空闲内存：只有可移动分配能用。', 'NR_FREE_CMA_PAGES。'],
    ['CMA 中的可用記憶體：只有可移動配置能用。', 'NR_FREE_CMA_PAGES。'],
  ),
  'memcg:usage': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    [
      'Memory the cgroup is charged for now (memory.current; v1 memory.usage_in_bytes).',
      'Pages charged to the cgroup and its descendants: anon, page cache, kernel memory.',
    ],
    [
      '该 cgroup 当前被计费的内存（memory.current；v1 为 memory.usage_in_bytes）。',
      '计入该 cgroup 及其子组的页：匿名、页缓存、内核内存。',
    ],
    [
      '該 cgroup 目前被計費的記憶體（memory.current；v1 為 memory.usage_in_bytes）。',
      '計入該 cgroup 及其子群組的分頁：匿名、分頁快取、核心記憶體。',
    ],
  ),
  'memcg:limit': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    [
      'The hard limit (memory.max; v1 memory.limit_in_bytes): a charge past it reclaims, then OOM-kills inside the cgroup.',
      'Set by the administrator or the container runtime.',
    ],
    [
      '硬限制（memory.max；v1 为 memory.limit_in_bytes）：超出时先回收，再在该 cgroup 内触发 OOM 终止。',
      '由管理员或容器运行时设置。',
    ],
    [
      '硬限制（memory.max；v1 為 memory.limit_in_bytes）：超出時先回收，再在該 cgroup 內觸發 OOM 終止。',
      '由管理員或容器執行環境設定。',
    ],
  ),
  'memcg:failcnt': entry(
    'Documentation/admin-guide/cgroup-v1/memory.rst',
    ['How often a charge hit the limit (v1).', 'Counter of failed charges against the limit since creation or reset.'],
    ['计费触及限制的次数（v1）。', '自创建或重置以来触及限制的计费失败次数。'],
    ['計費觸及限制的次數（v1）。', '自建立或重設以來觸及限制的計費失敗次數。'],
  ),
  'memcg:memory+swap': entry(
    'Documentation/admin-guide/cgroup-v1/memory.rst',
    [
      'Memory plus swap charged to the cgroup, and its limit (v1 memsw).',
      'memory.memsw.usage_in_bytes against memory.memsw.limit_in_bytes.',
    ],
    [
      '计入该 cgroup 的内存加交换空间及其限制（v1 memsw）。',
      'memory.memsw.usage_in_bytes 对比 memory.memsw.limit_in_bytes。',
    ],
    [
      '計入該 cgroup 的記憶體加交換空間及其限制（v1 memsw）。',
      'memory.memsw.usage_in_bytes 對照 memory.memsw.limit_in_bytes。',
    ],
  ),
  'memcg:swap': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    [
      'Swap used by the cgroup, and its limit (memory.swap.current / memory.swap.max).',
      'Swap entries charged to the cgroup.',
    ],
    ['该 cgroup 使用的交换空间及其限制（memory.swap.current / memory.swap.max）。', '计入该 cgroup 的交换项。'],
    ['該 cgroup 使用的交換空間及其限制（memory.swap.current / memory.swap.max）。', '計入該 cgroup 的交換項目。'],
  ),
  'memcg:kmem': entry(
    'Documentation/admin-guide/cgroup-v1/memory.rst',
    [
      'Kernel memory charged to the cgroup (v1 kmem).',
      'memory.kmem.usage_in_bytes: slab, stacks, page tables charged to it.',
    ],
    ['计入该 cgroup 的内核内存（v1 kmem）。', 'memory.kmem.usage_in_bytes：计入它的 slab、栈、页表。'],
    ['計入該 cgroup 的核心記憶體（v1 kmem）。', 'memory.kmem.usage_in_bytes：計入它的 slab、堆疊、分頁表。'],
  ),
  'memcg:anon': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    ['Anonymous memory of the cgroup (memory.stat).', 'Anon pages charged to it, shmem excluded.'],
    ['该 cgroup 的匿名内存（memory.stat）。', '计入它的匿名页，不含 shmem。'],
    ['該 cgroup 的匿名記憶體（memory.stat）。', '計入它的匿名分頁，不含 shmem。'],
  ),
  'memcg:file': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    ['Page cache of the cgroup, tmpfs and shared memory included (memory.stat).', 'File pages charged to it.'],
    ['该 cgroup 的页缓存，含 tmpfs 和共享内存（memory.stat）。', '计入它的文件页。'],
    ['該 cgroup 的分頁快取，含 tmpfs 和共享記憶體（memory.stat）。', '計入它的檔案分頁。'],
  ),
  'memcg:kernel': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    [
      'Kernel memory of the cgroup (memory.stat, 5.18+).',
      'kernel_stack + pagetables + percpu + slab + other kernel allocations charged to it.',
    ],
    [
      '该 cgroup 的内核内存（memory.stat，5.18 起）。',
      '计入它的 kernel_stack + pagetables + percpu + slab + 其他内核分配。',
    ],
    [
      '該 cgroup 的核心記憶體（memory.stat，5.18 起）。',
      '計入它的 kernel_stack + pagetables + percpu + slab + 其他核心配置。',
    ],
  ),
  'memcg:sock': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    ['Network buffers of the cgroup (memory.stat).', 'Socket memory charged to it.'],
    ['该 cgroup 的网络缓冲区（memory.stat）。', '计入它的 socket 内存。'],
    ['該 cgroup 的網路緩衝區（memory.stat）。', '計入它的 socket 記憶體。'],
  ),
  'memcg:file_mapped': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    ['Page cache of the cgroup mapped with mmap() (memory.stat).', 'Mapped file pages charged to it.'],
    ['该 cgroup 中用 mmap() 映射的页缓存（memory.stat）。', '计入它的已映射文件页。'],
    ['該 cgroup 中用 mmap() 對映的分頁快取（memory.stat）。', '計入它的已對映檔案分頁。'],
  ),
  'memcg:file_dirty': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    ['Page cache of the cgroup not yet written back (memory.stat).', 'Dirty file pages charged to it.'],
    ['该 cgroup 中尚未写回的页缓存（memory.stat）。', '计入它的脏文件页。'],
    ['該 cgroup 中尚未寫回的分頁快取（memory.stat）。', '計入它的髒檔案分頁。'],
  ),
  'memcg:file_writeback': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    ['Page cache of the cgroup being written back (memory.stat).', 'Writeback file pages charged to it.'],
    ['该 cgroup 中正在写回的页缓存（memory.stat）。', '计入它的回写中文件页。'],
    ['該 cgroup 中正在寫回的分頁快取（memory.stat）。', '計入它的寫回中檔案分頁。'],
  ),
  'memcg:anon_thp': entry(
    'Documentation/admin-guide/cgroup-v2.rst',
    ['Anonymous memory of the cgroup in transparent huge pages (memory.stat).', 'THP-backed anon charged to it.'],
    ['该 cgroup 中透明大页里的匿名内存（memory.stat）。', '计入它的 THP 匿名内存。'],
    ['該 cgroup 中透明大分頁裡的匿名記憶體（memory.stat）。', '計入它的 THP 匿名記憶體。'],
  ),
  'memcg:rss': entry(
    'Documentation/admin-guide/cgroup-v1/memory.rst',
    ['Anonymous memory and swap cache of the cgroup (v1 memory.stat).', 'Charged anon pages.'],
    ['该 cgroup 的匿名内存和交换缓存（v1 memory.stat）。', '计入的匿名页。'],
    ['該 cgroup 的匿名記憶體和交換快取（v1 memory.stat）。', '計入的匿名分頁。'],
  ),
  'memcg:cache': entry(
    'Documentation/admin-guide/cgroup-v1/memory.rst',
    ['Page cache of the cgroup, tmpfs included (v1 memory.stat).', 'Charged file pages.'],
    ['该 cgroup 的页缓存，含 tmpfs（v1 memory.stat）。', '计入的文件页。'],
    ['該 cgroup 的分頁快取，含 tmpfs（v1 memory.stat）。', '計入的檔案分頁。'],
  ),
  'memcg:rss_huge': entry(
    'Documentation/admin-guide/cgroup-v1/memory.rst',
    ['Anonymous transparent huge pages of the cgroup (v1 memory.stat).', 'Charged anon THP.'],
    ['该 cgroup 的匿名透明大页（v1 memory.stat）。', '计入的匿名 THP。'],
    ['該 cgroup 的匿名透明大分頁（v1 memory.stat）。', '計入的匿名 THP。'],
  ),
  'memcg:mapped_file': entry(
    'Documentation/admin-guide/cgroup-v1/memory.rst',
    ['Page cache of the cgroup mapped into processes (v1 memory.stat).', 'Charged mapped file pages.'],
    ['该 cgroup 中映射到进程的页缓存（v1 memory.stat）。', '计入的已映射文件页。'],
    ['該 cgroup 中對映到行程的分頁快取（v1 memory.stat）。', '計入的已對映檔案分頁。'],
  ),
  'task:pid': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Process id.', 'As dump_tasks() prints it (see oom_dump_tasks).'],
    ['进程 ID。', 'dump_tasks() 打印的值（见 oom_dump_tasks）。'],
    ['行程 ID。', 'dump_tasks() 印出的值（見 oom_dump_tasks）。'],
  ),
  'task:uid': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['The user the process runs as.', "from_kuid(): the task's real uid."],
    ['进程运行时的用户。', 'from_kuid()：任务的真实 uid。'],
    ['行程執行時的使用者。', 'from_kuid()：工作的真實 uid。'],
  ),
  'task:tgid': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Thread group id: the process a thread belongs to.', 'task->tgid.'],
    ['线程组 ID：线程所属的进程。', 'task->tgid。'],
    ['執行緒群組 ID：執行緒所屬的行程。', 'task->tgid。'],
  ),
  'task:total_vm': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Virtual memory size of the process, in pages: reserved, not necessarily used.', 'mm->total_vm.'],
    ['进程的虚拟内存大小（页）：已保留，未必已使用。', 'mm->total_vm。'],
    ['行程的虛擬記憶體大小（分頁）：已保留，未必已使用。', 'mm->total_vm。'],
  ),
  'task:rss': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'Resident memory of the process, in pages: what a kill would free.',
      'get_mm_rss(): anon + file + shmem pages mapped.',
    ],
    ['进程的常驻内存（页）：终止它能释放的内存。', 'get_mm_rss()：已映射的匿名 + 文件 + shmem 页。'],
    ['行程的常駐記憶體（分頁）：終止它能釋放的記憶體。', 'get_mm_rss()：已對映的匿名 + 檔案 + shmem 分頁。'],
  ),
  'task:rss_anon': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Resident anonymous pages of the process.', 'MM_ANONPAGES (split out in 5.x task tables).'],
    ['进程常驻的匿名页。', 'MM_ANONPAGES（5.x 的任务表单独列出）。'],
    ['行程常駐的匿名分頁。', 'MM_ANONPAGES（5.x 的工作表單獨列出）。'],
  ),
  'task:rss_file': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Resident file-backed pages of the process.', 'MM_FILEPAGES.'],
    ['进程常驻的文件页。', 'MM_FILEPAGES。'],
    ['行程常駐的檔案分頁。', 'MM_FILEPAGES。'],
  ),
  'task:rss_shmem': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Resident shared-memory pages of the process.', 'MM_SHMEMPAGES.'],
    ['进程常驻的共享内存页。', 'MM_SHMEMPAGES。'],
    ['行程常駐的共享記憶體分頁。', 'MM_SHMEMPAGES。'],
  ),
  'task:pgtables_bytes': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ["Memory used by the process's page tables, in bytes.", 'mm_pgtables_bytes() (4.14+; nr_ptes before).'],
    ['进程页表占用的内存（字节）。', 'mm_pgtables_bytes()（4.14 起；之前为 nr_ptes）。'],
    ['行程分頁表占用的記憶體（位元組）。', 'mm_pgtables_bytes()（4.14 起；之前為 nr_ptes）。'],
  ),
  'task:nr_ptes': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Page-table pages of the process (older kernels).', 'mm->nr_ptes.'],
    ['进程的页表页数（旧内核）。', 'mm->nr_ptes。'],
    ['行程的分頁表分頁數（舊核心）。', 'mm->nr_ptes。'],
  ),
  'task:swapents': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Pages of the process that are in swap.', 'MM_SWAPENTS.'],
    ['进程已换出到交换区的页。', 'MM_SWAPENTS。'],
    ['行程已換出到交換空間的分頁。', 'MM_SWAPENTS。'],
  ),
  'task:oom_score_adj': entry(
    'Documentation/filesystems/proc.rst',
    [
      "The administrator's bias for the OOM killer, −1000 (never kill) to 1000 (kill first).",
      'Added to the badness score as oom_score_adj × totalpages / 1000.',
    ],
    [
      '管理员对 OOM 杀手的偏好设置，−1000（绝不终止）到 1000（优先终止）。',
      '以 oom_score_adj × totalpages / 1000 加到 badness 分值上。',
    ],
    [
      '管理員對 OOM 終止機制的偏好設定，−1000（絕不終止）到 1000（優先終止）。',
      '以 oom_score_adj × totalpages / 1000 加到 badness 分值上。',
    ],
  ),
  'task:points': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'Badness points the OOM killer gave the task: the highest is killed.',
      'oom_badness(): rss + swapents + page tables (in pages) + oom_score_adj × totalpages / 1000.',
    ],
    [
      'OOM 杀手给任务的 badness 分：最高者被终止。',
      'oom_badness()：rss + swapents + 页表（页）+ oom_score_adj × totalpages / 1000。',
    ],
    [
      'OOM 終止機制給工作的 badness 分：最高者被終止。',
      'oom_badness()：rss + swapents + 分頁表（分頁）+ oom_score_adj × totalpages / 1000。',
    ],
  ),
  'task:score': entry(
    'Documentation/filesystems/proc.rst',
    ['The OOM score printed on the kill line (like /proc/<pid>/oom_score).', 'Badness points × 1000 / totalpages.'],
    ['终止行中打印的 OOM 分值（与 /proc/<pid>/oom_score 相同）。', 'badness 分 × 1000 / totalpages。'],
    ['終止行中印出的 OOM 分值（與 /proc/<pid>/oom_score 相同）。', 'badness 分 × 1000 / totalpages。'],
  ),
  'task:anon-rss': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Anonymous memory the killed task held: freed by the kill.', 'MM_ANONPAGES of the victim, in kB.'],
    ['被终止任务持有的匿名内存：终止后释放。', '受害者的 MM_ANONPAGES（kB）。'],
    ['被終止工作持有的匿名記憶體：終止後釋放。', '受害者的 MM_ANONPAGES（kB）。'],
  ),
  'task:file-rss': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Mapped file pages the killed task held (often shared, not all freed).', 'MM_FILEPAGES of the victim, in kB.'],
    ['被终止任务持有的文件映射页（常为共享，未必全部释放）。', '受害者的 MM_FILEPAGES（kB）。'],
    ['被終止工作持有的檔案對映分頁（常為共享，未必全部釋放）。', '受害者的 MM_FILEPAGES（kB）。'],
  ),
  'task:shmem-rss': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'Shared memory the killed task had mapped (freed only if no one else maps it).',
      'MM_SHMEMPAGES of the victim, in kB.',
    ],
    ['被终止任务映射的共享内存（只有无人再映射时才释放）。', '受害者的 MM_SHMEMPAGES（kB）。'],
    ['被終止工作對映的共享記憶體（只有無人再對映時才釋放）。', '受害者的 MM_SHMEMPAGES（kB）。'],
  ),
  'sysctl:min_free_kbytes': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      "Memory the kernel keeps free for its own emergencies; sets every zone's min watermark.",
      'Default √(lowmem kB × 16), clamped (128 kB – 64 MB; 256 MB since 5.7); raised by THP.',
    ],
    [
      '内核为自身紧急情况保留的空闲内存；决定各区域的 min 水位线。',
      '默认 √(lowmem kB × 16)，有上下限（128 kB – 64 MB；5.7 起 256 MB）；THP 会调高。',
    ],
    [
      '核心為自身緊急情況保留的可用記憶體；決定各區域的 min 水位線。',
      '預設 √(lowmem kB × 16)，有上下限（128 kB – 64 MB；5.7 起 256 MB）；THP 會調高。',
    ],
  ),
  'sysctl:watermark_scale_factor': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      "How far apart min, low and high are, in ten-thousandths of a zone's memory (4.6+).",
      'Distance = max(min/4, managed × factor / 10000); default 10.',
    ],
    [
      'min、low、high 之间的间距，以区域内存的万分之一为单位（4.6 起）。',
      '间距 = max(min/4, managed × factor / 10000)；默认 10。',
    ],
    [
      'min、low、high 之間的間距，以區域記憶體的萬分之一為單位（4.6 起）。',
      '間距 = max(min/4, managed × factor / 10000)；預設 10。',
    ],
  ),
  'sysctl:watermark_boost_factor': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'How far watermarks are boosted after fragmentation, in ten-thousandths of high (5.0+).',
      'Default 15000; 0 turns boosting off.',
    ],
    ['碎片发生后水位线提升的幅度，以 high 的万分之一为单位（5.0 起）。', '默认 15000；0 表示关闭。'],
    ['碎片發生後水位線提升的幅度，以 high 的萬分之一為單位（5.0 起）。', '預設 15000；0 表示關閉。'],
  ),
  'sysctl:lowmem_reserve_ratio': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'How hard lower zones are defended against requests that could use higher ones: one ratio per zone.',
      'lowmem_reserve = managed pages of the higher zones ÷ ratio (default 256, 32 for DMA on old kernels).',
    ],
    [
      '低区域抵御本可使用高区域的请求的力度：每个区域一个比率。',
      'lowmem_reserve = 更高区域的 managed 页 ÷ 比率（默认 256，旧内核 DMA 为 32）。',
    ],
    [
      '低區域抵禦本可使用高區域的請求的力度：每個區域一個比率。',
      'lowmem_reserve = 更高區域的 managed 分頁 ÷ 比率（預設 256，舊核心 DMA 為 32）。',
    ],
  ),
  'sysctl:panic_on_oom': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'Panic instead of killing when memory runs out (1: except cgroup and cpuset OOMs; 2: always).',
      'Read by check_panic_on_oom() before a victim is chosen.',
    ],
    [
      '内存耗尽时直接 panic 而不终止进程（1：cgroup 和 cpuset OOM 除外；2：一律 panic）。',
      '在选择受害者之前由 check_panic_on_oom() 读取。',
    ],
    [
      '記憶體耗盡時直接 panic 而不終止行程（1：cgroup 和 cpuset OOM 除外；2：一律 panic）。',
      '在選擇受害者之前由 check_panic_on_oom() 讀取。',
    ],
  ),
  'sysctl:oom_kill_allocating_task': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    ['Kill the task that triggered the OOM instead of the largest one.', 'When set, the badness scan is skipped.'],
    ['终止触发 OOM 的任务，而不是最大的任务。', '设置后跳过 badness 扫描。'],
    ['終止觸發 OOM 的工作，而不是最大的工作。', '設定後略過 badness 掃描。'],
  ),
  'sysctl:overcommit_memory': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'How the kernel grants memory requests: 0 heuristic, 1 always, 2 strict (CommitLimit).',
      'Checked by __vm_enough_memory() at mmap/brk time.',
    ],
    [
      '内核批准内存申请的方式：0 启发式，1 总是允许，2 严格（CommitLimit）。',
      '在 mmap/brk 时由 __vm_enough_memory() 检查。',
    ],
    [
      '核心核准記憶體要求的方式：0 啟發式，1 一律允許，2 嚴格（CommitLimit）。',
      '在 mmap/brk 時由 __vm_enough_memory() 檢查。',
    ],
  ),
  'sysctl:swappiness': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'How readily reclaim swaps anonymous memory rather than dropping page cache (0–200).',
      'Weights anon against file scanning in get_scan_count(); default 60.',
    ],
    [
      '回收时换出匿名内存相对于丢弃页缓存的倾向（0–200）。',
      '在 get_scan_count() 中权衡匿名页与文件页的扫描；默认 60。',
    ],
    [
      '回收時換出匿名記憶體相對於丟棄分頁快取的傾向（0–200）。',
      '在 get_scan_count() 中權衡匿名分頁與檔案分頁的掃描；預設 60。',
    ],
  ),
  'report:order': entry(
    'Documentation/mm/physical_memory.rst',
    [
      'The size of the request: 2^order contiguous pages (o0 = one page, o4 = 16 pages).',
      'The allocator needs one free block of at least this order in a usable migrate type.',
    ],
    ['请求的大小：2^order 个连续页（o0 = 1 页，o4 = 16 页）。', '分配器需要在可用迁移类型中找到至少该阶的一个空闲块。'],
    [
      '請求的大小：2^order 個連續分頁（o0 = 1 分頁，o4 = 16 分頁）。',
      '配置器需要在可用遷移類型中找到至少該階的一個空閒區塊。',
    ],
  ),
  'report:gfp_mask': entry(
    'Documentation/core-api/memory-allocation.rst',
    [
      'How the memory may be obtained: which zones, whether it may sleep, reclaim, do I/O or fail.',
      'The GFP flags of the call, decoded for the kernel version that printed them.',
    ],
    ['内存可以如何获取：哪些区域、能否休眠、回收、执行 I/O 或失败。', '调用时的 GFP 标志，按打印它的内核版本解码。'],
    ['記憶體可以如何取得：哪些區域、能否睡眠、回收、執行 I/O 或失敗。', '呼叫時的 GFP 旗標，依印出它的核心版本解碼。'],
  ),
  'report:nodemask': entry(
    'Documentation/core-api/memory-allocation.rst',
    ['The NUMA nodes the request may use ((null): any).', "From the task's mempolicy or cpuset."],
    ['请求可使用的 NUMA 节点（(null)：任意）。', '来自任务的 mempolicy 或 cpuset。'],
    ['請求可使用的 NUMA 節點（(null)：任意）。', '來自工作的 mempolicy 或 cpuset。'],
  ),
  'report:constraint': entry(
    'Documentation/admin-guide/sysctl/vm.rst',
    [
      'What the OOM was confined to: the whole machine (NONE), a cpuset, a mempolicy, or a memory cgroup.',
      'constrained_alloc() in mm/oom_kill.c.',
    ],
    ['OOM 的范围：整台机器（NONE）、cpuset、mempolicy 或内存 cgroup。', 'mm/oom_kill.c 中的 constrained_alloc()。'],
    ['OOM 的範圍：整台機器（NONE）、cpuset、mempolicy 或記憶體 cgroup。', 'mm/oom_kill.c 中的 constrained_alloc()。'],
  ),
  'migrate:Unmovable': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Blocks for kernel allocations that can never move (slab, page tables).',
      'MIGRATE_UNMOVABLE; letter U on buddy lines.',
    ],
    ['用于永不移动的内核分配（slab、页表）的块。', 'MIGRATE_UNMOVABLE；伙伴行中的字母 U。'],
    ['用於永不移動的核心配置（slab、分頁表）的區塊。', 'MIGRATE_UNMOVABLE；夥伴行中的字母 U。'],
  ),
  'migrate:Movable': entry(
    'Documentation/filesystems/proc.rst',
    [
      'Blocks for pages that can be moved (user memory, page cache): compaction can free them up.',
      'MIGRATE_MOVABLE; letter M.',
    ],
    ['用于可移动页（用户内存、页缓存）的块：内存规整可以腾出它们。', 'MIGRATE_MOVABLE；字母 M。'],
    ['用於可移動分頁（使用者記憶體、分頁快取）的區塊：記憶體壓縮可以騰出它們。', 'MIGRATE_MOVABLE；字母 M。'],
  ),
  'migrate:Reclaimable': entry(
    'Documentation/filesystems/proc.rst',
    ['Blocks for kernel memory that can be reclaimed, not moved (reclaimable slab).', 'MIGRATE_RECLAIMABLE; letter E.'],
    ['用于可回收但不可移动的内核内存（可回收 slab）的块。', 'MIGRATE_RECLAIMABLE；字母 E。'],
    ['用於可回收但不可移動的核心記憶體（可回收 slab）的區塊。', 'MIGRATE_RECLAIMABLE；字母 E。'],
  ),
  'migrate:HighAtomic': entry(
    'Documentation/filesystems/proc.rst',
    ['Blocks reserved for high-order atomic allocations.', 'MIGRATE_HIGHATOMIC; letter H.'],
    ['为高阶原子分配预留的块。', 'MIGRATE_HIGHATOMIC；字母 H。'],
    ['為高階原子配置預留的區塊。', 'MIGRATE_HIGHATOMIC；字母 H。'],
  ),
  'migrate:CMA': entry(
    'Documentation/filesystems/proc.rst',
    ['Blocks of a CMA area: movable allocations only until a device claims them.', 'MIGRATE_CMA; letter C.'],
    ['CMA 区域的块：在设备占用之前只给可移动分配使用。', 'MIGRATE_CMA；字母 C。'],
    ['CMA 區域的區塊：在裝置占用之前只給可移動配置使用。', 'MIGRATE_CMA；字母 C。'],
  ),
  'migrate:Isolate': entry(
    'Documentation/filesystems/proc.rst',
    ['Blocks taken out of use for a moment (memory hotplug, CMA allocation).', 'MIGRATE_ISOLATE; letter I.'],
    ['暂时停用的块（内存热插拔、CMA 分配）。', 'MIGRATE_ISOLATE；字母 I。'],
    ['暫時停用的區塊（記憶體熱插拔、CMA 配置）。', 'MIGRATE_ISOLATE；字母 I。'],
  ),
  'migrate:Reserve': entry(
    'Documentation/filesystems/proc.rst',
    ['Reserved blocks kept for emergencies (kernels before 4.4).', 'MIGRATE_RESERVE; letter R.'],
    ['为紧急情况保留的块（4.4 之前的内核）。', 'MIGRATE_RESERVE；字母 R。'],
    ['為緊急情況保留的區塊（4.4 之前的核心）。', 'MIGRATE_RESERVE；字母 R。'],
  ),
}
