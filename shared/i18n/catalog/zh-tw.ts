/** 繁體中文（臺灣）：與 en.ts 同一組鍵、同樣的佔位符；臺灣用語與標點（「」、透過、行程、配置、終止）由 test/shared/i18n/catalogue.test.ts 檢查。 */
import type { MessageKey } from './en'

/** Traditional Chinese messages. */
export const CATALOG_ZH_TW: Readonly<Record<MessageKey, string>> = {
  'finding.lowmem-exhausted.title': '低端記憶體（lowmem）耗盡：這個請求無法使用 {upper}',
  'finding.fragmentation.title': '記憶體碎片：沒有所需階數的空閒區塊',
  'finding.cma-unusable.title': '空閒記憶體主要是 CMA，本次請求無法使用',
  'finding.memcg-limit.title': '記憶體 cgroup 達到限額',
  'finding.memory-exhausted.title': '記憶體耗盡：RAM 已滿，沒有可回收的記憶體',
  'finding.pagetable-bloat.title': '分頁表佔用了大量記憶體',
  'finding.slab-bloat.title': '不可回收的 slab 佔用了大量記憶體',
  'finding.shmem-tmpfs.title': 'shmem/tmpfs 佔用了大量記憶體',
  'finding.hugetlb-reserved.title': '預留的大型分頁佔用了大量記憶體',
  'finding.unaccounted-memory.title': '有記憶體不在任何計數器中：未被統計的核心或驅動程式配置',
  'finding.high-min-watermark.title': 'min 水位線佔記憶體的比例過高',
  'finding.atomic-no-reclaim.title': '該請求無法回收或壓縮記憶體',
  'finding.no-swap.title': '沒有設定 swap',
  'finding.constraint-cpuset-mempolicy.title': 'cpuset 或記憶體策略限制了可用的節點',
  'finding.manual-trigger.title': '手動觸發的 OOM killer（sysrq）',
  'finding.panic-on-oom.title': '核心在 OOM 時 panic',
  'finding.no-killable-task.title': 'OOM killer 找不到可以終止的行程',
  'finding.outcome-unexplained.title': '沒有規則能解釋這次事件',
  'finding.repeated-victim.title': '同一行程被反覆終止',
  'finding.periodic-oom.title': 'OOM 以固定間隔發生',
  'finding.memory-leak-trend.title': '多次測量中記憶體持續減少：記憶體洩漏',

  'finding.lowmem-exhausted.detail':
    '這個請求（gfp_mask {gfp}，order {order}{caller}）{klass}只能使用 {highest} 及以下的 zone（{zones}）；{upper} 在其之上，不在它的 zonelist 裡。它可用的每個 zone 都拒絕了它：{lowmem}。{upper} 還有 {highFree:kb} 空閒{cma}，但這個請求用不了。{why}',
  'finding.fragmentation.detail':
    '該請求（gfp_mask {gfp}）需要 2^{order} 個實體連續的分頁，即一個 {blockKb} kB 的空閒區塊。分頁並不缺——{zone} 空閒 {free:kb}，min 水位線為 {min:kb}——但在該請求可用的遷移型別中沒有這麼大的空閒區塊（可用的最大空閒區塊為 {largestKb} kB）。空閒記憶體被切成了太小的碎區塊：外部碎片。order 0 的請求本可以成功。{fenced}{compact}',
  'finding.fragmentation.detail-cma-blocks':
    '該請求（gfp_mask {gfp}）需要 2^{order} 個實體連續的分頁，即一個 {blockKb} kB 的空閒區塊。{zone} 空閒 {free:kb}，min 水位線為 {min:kb}，而且確有這麼大的空閒區塊（{cmaOnlyKb:kb}），但它們全部位於 CMA 分頁區塊中，該請求不能使用；它能用的最大區塊只有 {largestKb} kB。可用的空閒記憶體是碎片化的。{fenced}{compact}',
  'finding.fragmentation.detail-after':
    '該請求（gfp_mask {gfp}）需要一個 {blockKb} kB 的空閒區塊（order {order}）。{zone} 空閒 {free:kb}，遠高於 min 水位線 {min:kb}：缺的不是分頁，而是連續的區塊。夥伴系統串列是在配置器放棄之後才印出的，所以串列中那幾個同樣大小的區塊在配置時並不存在；order 大於 3（PAGE_ALLOC_COSTLY_ORDER）的請求在壓縮失敗後就會放棄，且從不觸發 OOM killer。{fenced}{compact}',
  'finding.fragmentation.detail-no-dump':
    '該請求（gfp_mask {gfp}）需要一個 {blockKb} kB 的空閒區塊（order {order}），配置失敗；報告中沒有記憶體資訊。order 大於 3（PAGE_ALLOC_COSTLY_ORDER）的請求在壓縮無法拼出整個區塊時直接失敗而不觸發 OOM killer，在長期執行的機器上這幾乎總是碎片問題而不是記憶體不足。此結論僅根據 order 推斷。',
  'finding.cma-unusable.detail':
    '空閒記憶體中 {pct:pct} % 是 CMA：空閒 {free:kb}，其中 free_cma {cma:kb}。該請求（gfp_mask {gfp}）不是可移動的，不能使用 CMA 分頁區塊，空閒的 CMA 也不計入它的水位線：它只看到 {nonCma:kb}，沒有超過 {zone} 在 {mark} 水位線上的要求（{min:kb}；差 {miss:kb}）。',
  'finding.cma-unusable.detail-blocks':
    '空閒記憶體中 {pct:pct} % 是 CMA：空閒 {free:kb}，其中 free_cma {cma:kb}。該請求（gfp_mask {gfp}，order {order}）需要一個 {blockKb} kB 的區塊，且不是可移動的，因此 CMA 分頁區塊對它關閉——而所有這麼大的空閒區塊（{cmaOnlyKb:kb}）都是 CMA。它被允許使用的記憶體都是太小的碎區塊。',
  'finding.cma-unusable.detail-unread':
    '空閒記憶體中 {pct:pct} % 是 CMA：空閒 {free:kb}，其中 free_cma {cma:kb}。該請求（gfp_mask {gfp}，order {order}）需要一個 {blockKb} kB 的區塊，且不是可移動的，因此 CMA 分頁區塊對它關閉：只有 CMA 之外的 {nonCma:kb} 能容納它的區塊。報告沒有列出空閒串列，無法讀出那裡空閒的是多大的區塊；該 zone 通過水位線檢查，所以失敗的是這個區塊。',
  'finding.cma-unusable.detail-outcome':
    '空閒記憶體中 {pct:pct} % 是 CMA：空閒 {free:kb}，其中 free_cma {cma:kb}。在標準核心上這個可移動請求（gfp_mask {gfp}）可以使用 CMA，本應配置成功，但核心卻 OOM 了：只有「不計 CMA」的檢查才符合這些數字——非 CMA 空閒 {nonCma:kb} 沒有超過 {zone} 的 {mark} 水位線 {min:kb}（差 {miss:kb}）。在這個核心上 CMA 對該請求不可用（廠商的 CMA 策略，或被釘住/停用 CMA 的配置情境）。',
  'finding.memcg-limit.detail':
    '記憶體 cgroup {path} 達到了限額：用量 {usage:kb}，限額 {limit:kb}（failcnt {failcnt}：觸及限額的計費次數）。核心在群組內回收，無法降到限額以下，於是在群組內終止了 {victim}。{composition}{group}{owner}這是該群組的限額，而不是整台機器記憶體耗盡。',
  'finding.memcg-limit.detail-no-usage':
    '這次 OOM 侷限於記憶體 cgroup {path}：該群組達到限額，{victim} 在群組內被終止。報告中沒有印出用量行。{group}{owner}',
  'finding.memory-exhausted.detail':
    '使用者空間記憶體佔滿了 RAM：匿名記憶體與 unevictable 記憶體共 {user:kb}，占核心管理的 {managed:kb} 的 {pct:pct} %；空閒記憶體只剩 {free:kb}，可回收的檔案快取只剩 {file:kb}。{zone}{swap}{outcome}{top}',
  'finding.pagetable-bloat.detail':
    '分頁表佔用了 {pt:kb}，為 {managed:kb} 管理記憶體的 {pct:pct} %。分頁表是核心記憶體，對映存在期間無法回收；它隨被存取的虛擬位址空間成長，而不是隨 RSS 成長。',
  'finding.pagetable-bloat.detail-task':
    '分頁表佔用了 {pt:kb}，為 {managed:kb} 管理記憶體的 {pct:pct} %。僅 {comm}（{pid:id}）一個行程就有 {taskPt:kb} 的分頁表，其虛擬記憶體大小為 {vm:kb}：分頁表隨被存取的位址空間成長，而不是隨 RSS 成長，對映存在期間無法回收。',
  'finding.slab-bloat.detail':
    '無法回收的 slab 占用了 {kb:kb}，為 {managed:kb} 受管理記憶體的 {pct:pct} %。{cache}這些核心物件沒有任何 shrinker 能釋放；持續成長的無法回收 slab 通常是核心或驅動程式洩漏的跡象。',
  'finding.shmem-tmpfs.detail':
    '共享記憶體（tmpfs、/dev/shm、SysV shm、共享匿名對映）佔用 {kb:kb}，為 {managed:kb} 管理記憶體的 {pct:pct} %。shmem 位於匿名 LRU 上：只能被換出到 swap；終止行程只有在它是最後一個使用者時才會釋放；tmpfs 中的檔案在刪除前一直佔用記憶體。',
  'finding.hugetlb-reserved.detail':
    'hugetlb 大型分頁池佔用 {kb:kb}，為 {managed:kb} 管理記憶體的 {pct:pct} %，其中 {free:kb} 空閒。大型分頁在預留時就離開了分頁配置器：空閒的大型分頁不能滿足普通配置。',
  'finding.unaccounted-memory.detail':
    '{scope}：{managedFrom} {managed:kb}，但報告列印的所有計數器加起來只有 {counted:kb}（{buckets}）。其中 {kb:kb}（{pct:pct} %）不在任何計數器中。這是直接從分頁配置器拿走的記憶體——驅動程式配置（alloc_pages、舊核心上的大型 kmalloc）、vmalloc 和 percpu 記憶體：沒有人統計的核心配置。',
  'finding.unaccounted-memory.detail-balloon':
    '{scope}：{managedFrom} {managed:kb}，但報告列印的所有計數器加起來只有 {counted:kb}（{buckets}）。其中 {kb:kb}（{pct:pct} %）不在任何計數器中，而呼叫堆疊中出現了 {driver}：氣球驅動程式膨脹時會配置客體的分頁並交還給虛擬機器管理程式，這些分頁不出現在任何計數器中。客體實際可用的記憶體遠小於它的標稱大小。',
  'finding.high-min-watermark.detail':
    '各 min 水位線合計約 {minFree:kb}（min_free_kbytes），為 {lowmem:kb} 低端記憶體的 {pct:pct} %——是該記憶體大小下開機預設值 {def:kb} 的 {factor:1} 倍。低於 min 的記憶體不給普通請求使用，所以機器在還有這麼多空閒記憶體時就會耗盡。',
  'finding.high-min-watermark.detail-thp':
    '各 zone 的 min 水位線加起來約 {minFree:kb}（min_free_kbytes），為 {lowmem:kb} 低端記憶體的 {pct:pct} %——是這麼多記憶體的開機預設值 {def:kb} 的 {factor:1} 倍。它就是 THP 的建議值 {thp:kb}：每個 zone 11 個 {pageblock:kb} 的分頁區塊 × {zones} 個 zone{capped}，在 khugepaged 啟動時設定（transparent_hugepage=always 或 madvise）。低於 min 的記憶體不給一般請求使用，所以機器在還有這麼多空閒時就耗盡了。',
  'finding.atomic-no-reclaim.detail':
    '該請求（gfp_mask {gfp}，order {order}）無法回收記憶體：{why}。它只能拿走當時高於其（已降低的）min 水位線的空閒記憶體，而{zones}。回收本可以釋放記憶體（還有 {file:kb} 的檔案快取），但這個請求等不了。',
  'finding.no-swap.detail':
    '沒有設定 swap。匿名記憶體和 shmem（{anon:kb}，為 {managed:kb} 的 {pct:pct} %）只能透過寫入 swap 來回收，因此回收只能處理分頁快取。',
  'finding.constraint-cpuset-mempolicy.detail-cpuset':
    '這次 OOM 受到限制（{constraint}）：該行程的 cpuset 只允許記憶體節點 {mems}，因此只計入這些節點的記憶體，也只有該 cpuset 中的行程是候選。{other}{elsewhere}',
  'finding.constraint-cpuset-mempolicy.detail-mempolicy':
    '這次 OOM 受到限制（{constraint}）：記憶體策略（mbind / set_mempolicy，nodemask {nodemask}）把請求限制在部分節點上，只有使用這些節點的行程是候選。{other}{elsewhere}',
  'finding.manual-trigger.detail':
    'order=-1：OOM killer 是被手動觸發的（sysrq-f，或 echo f > /proc/sysrq-trigger），這裡是在 {comm} 的情境中。記憶體未必緊張。',
  'finding.panic-on-oom.detail': '核心沒有終止行程，而是直接 panic（「{message}」）：設定了 vm.panic_on_oom。',
  'finding.panic-on-oom.detail-compulsory':
    '核心沒有終止行程，而是直接 panic（「{message}」）：vm.panic_on_oom = 2 時任何 OOM 都會 panic，即使只侷限於某個 cgroup 或 cpuset。',
  'finding.no-killable-task.detail':
    'OOM killer 執行了，但找不到可以終止的行程（「{message}」）：所有候選不是無法終止（oom_score_adj -1000、核心執行緒、init），就是正在結束，或是先前的受害者、其記憶體無法靠終止行程釋放（shmem、被 mlock 鎖定的分頁）。記憶體原封不動。',
  'finding.no-killable-task.detail-panic':
    'OOM killer 執行了，但找不到可以終止的行程；對全系統 OOM 來說核心已無路可走，於是 panic（「{message}」）。所有候選不是無法終止（oom_score_adj -1000、核心執行緒、init），就是正在結束，或是先前的受害者、其記憶體無法靠終止行程釋放。這不是 vm.panic_on_oom：核心已經沒有可以終止的行程了。',
  'finding.no-killable-task.detail-memcg':
    'OOM killer 在記憶體 cgroup 內執行，但找不到可以終止的行程（「{message}」）：群組內所有行程不是無法終止、正在結束，就是先前的受害者、其記憶體無法靠終止行程釋放（shmem、被 mlock 鎖定的分頁）。核心不會為 cgroup panic：計費失敗，配置記憶體的行程收到 -ENOMEM 或重試分頁錯誤，該群組一直卡在限額上。',
  'finding.outcome-unexplained.detail': '沒有規則能解釋這次{kind}。檢查過：{checked}。報告缺少：{lacks}。',
  'finding.outcome-unexplained.detail-zones-passed':
    '在這個請求可用的地方記憶體並不吃緊：{zones}。依這些數字，核心自己的檢查會通過，但報告顯示配置失敗，所以原因不在 zone 的空閒串列上{hint}。檢查過：{checked}。報告缺少：{lacks}。',
  'finding.repeated-victim.detail':
    '{comm} 被 OOM 終止了 {count} 次（pid {pids}）。無論是誰重新啟動了它，都帶回了同樣的記憶體問題：原因在於它的成長或它的限額，而不是選擇受害者時運氣不好。',
  'finding.periodic-oom.detail':
    '{count} 次 OOM 事件，大約每 {period} 秒一次（間隔 {min}–{max} 秒）：有東西按排程配置記憶體——cron 工作或計時器、批次處理，或以穩定速度成長的洩漏。',
  'finding.memory-leak-trend.detail-free':
    '{name} 在全部 {count} 次測量中持續下降，從 {from:kb} 降到 {to:kb}（{hours:1} 小時內減少 {change:kb}）：記憶體被佔用後沒有歸還——記憶體洩漏。',
  'finding.memory-leak-trend.detail-slab':
    '{name} 在全部 {count} 次測量中持續成長，從 {from:kb} 增至 {to:kb}（{hours:1} 小時內增加 {change:kb}）：不可回收的核心物件不斷累積——核心或驅動程式洩漏。',
  'finding.manual-trigger.detail-sysrq':
    'OOM killer 是被手動觸發的：核心在本報告之前記錄了 `sysrq: Manual OOM execution`（sysrq-f，或 echo f > /proc/sysrq-trigger），此處在 {comm} 的情境中；這個年代的核心傳入 order={order} 而不是 -1。記憶體未必吃緊。',
  'finding.manual-trigger.detail-trace':
    'OOM killer 是被手動觸發的：呼叫堆疊中有 moom_callback（sysrq-f，或 echo f > /proc/sysrq-trigger），這裡是在 {comm} 的情境中；這個年代的核心傳入的是 order={order} 而不是 -1。記憶體未必吃緊。',
  'finding.fragmentation.detail-highatomic-blocks':
    '這個請求（gfp_mask {gfp}）需要 2^{order} 個實體連續分頁：一個 {blockKb} kB 的空閒區塊。{zone} 空閒 {free:kb}，min 水位線 {min:kb}，也有這麼大的空閒區塊（{highatomicKb:kb}），但它們全都在為高階 atomic 請求保留的 MIGRATE_HIGHATOMIC 分頁區塊裡；這個請求能用的最大區塊只有 {largestKb} kB。{fenced}{compact}',
  'finding.fragmentation.detail-no-order':
    '這個核心不會印出請求（gfp_mask {gfp}）的 order。它可用的每個 zone 都有足夠的空閒分頁——{zone} 空閒 {free:kb}，min 水位線 {min:kb}——但配置仍然失敗，所以它需要的是比空閒串列裡更大的連續區塊：{zone} 中它能用的最大空閒區塊是 {largestKb} kB。{fenced}',
  'finding.slab-bloat.detail-combined':
    'slab 占用了 {kb:kb}，為 {managed:kb} 受管理記憶體的 {pct:pct} %（這個核心只印出一個 slab 計數器，可回收與無法回收合在一起）。{cache}這種規模的核心物件，不是回收沒能縮小的快取，就是核心或驅動程式的洩漏。',
  'finding.shmem-tmpfs.detail-memcg':
    '在記憶體 cgroup {path} 內，shmem（tmpfs、共享匿名對映、SysV shm）占用了 {kb:kb}，為該群組用量 {usage:kb} 的 {pct:pct} %。計入該群組的 shmem 會一直留在群組裡，直到檔案被刪除或被換出：終止對映它的行程釋放不了多少（oom_reaper 會留下 shmem-rss），所以該群組不斷撞上限額。',
  'finding.unaccounted-memory.detail-holders':
    '{scope}：{managedFrom} {managed:kb}，但報告印出的所有計數器加起來只有 {counted:kb}（{buckets}）。其中 {kb:kb}（{pct:pct} %）不在任何計數器裡，而報告點出了可能占著這些記憶體的東西：{holders}。驅動程式、壓縮 swap 池或 CMA 使用者直接從分頁配置器拿走的分頁不會出現在任何計數器中。',
  'finding.high-min-watermark.detail-user':
    '各 zone 的 min 水位線加起來約 {minFree:kb}（min_free_kbytes），為 {lowmem:kb} 低端記憶體的 {pct:pct} %——是開機預設值 {def:kb} 的 {factor:1} 倍，也不是 THP 的建議值：vm.min_free_kbytes 是手動或由調校設定檔設定的。低於 min 的記憶體不給一般請求使用，所以機器在還有這麼多空閒時就耗盡了。',
  'finding.memcg-limit.detail-memsw':
    '記憶體 cgroup {path} 達到了 memory+swap 限額（cgroup v1 memory.memsw.limit_in_bytes）：memory+swap 用量 {usage:kb}，限額 {limit:kb}（failcnt {failcnt}），而單看記憶體只用了 {ramLimit:kb} 中的 {ramUsage:kb}。換出也無濟於事——換出的分頁計入同一個限額——於是核心在群組內終止了 {victim}。{composition}{group}{owner}這是該群組的限額，而不是整台機器記憶體耗盡。',
  'finding.memory-exhausted.detail-mixed':
    '在這個請求可用的地方記憶體耗盡了：{zone}並不是某一個使用者佔滿了它；在核心管理的 {managed:kb} 中最大的幾項是 {consumers}，可回收的檔案快取只剩 {file:kb}。{swap}{outcome}{top}',
  'finding.memcg-limit.detail-kmem':
    '記憶體 cgroup {path} 達到了核心記憶體限額（cgroup v1 memory.kmem.limit_in_bytes）：kmem 用量 {usage:kb}，限額 {limit:kb}（failcnt {failcnt}），而記憶體只用了 {ramLimit:kb} 中的 {ramUsage:kb}。計入該群組的核心配置（slab、分頁表、核心堆疊）失敗了，儘管使用者記憶體還有空間，於是核心在群組內終止了 {victim}。{composition}{group}{owner}',

  'phrase.other-nodes-free': '其他節點還有 {kb:kb} 空閒，這個請求無法使用。',
  'phrase.other-nodes-unknown': '報告沒有說明其他節點有多少空閒。',
  'phrase.zones-only-elsewhere': '{zones} 只存在於這個請求不能使用的節點上。',
  'phrase.caller': '，來自 {fn}',
  'phrase.zone-below-min': '{zone} 空閒 {free:kb}{usable}，沒有超過其 {mark} 水位線 {min:kb}（差 {miss:kb}）',
  'phrase.zone-reserve-refused':
    '{zone} 空閒 {free:kb}{usable}，高於 {mark} 水位線 {min:kb}，但沒有超過 {mark} + lowmem_reserve = {need:kb}；lowmem_reserve（{reserve:kb}）用於防止本可使用更高 zone 的請求佔滿這個低端 zone（差 {miss:kb}）',
  'phrase.swap-none': '沒有 swap，匿名記憶體完全無法回收。',
  'phrase.swap-full': 'swap 已滿（{total:kb} 中僅剩 {free:kb}），匿名記憶體無法換出。',
  'phrase.swap-unknown': '報告中沒有顯示 swap 狀態。',
  'phrase.managed-from-zone': 'managed',
  'phrase.managed-from-ram': 'RAM 減去保留分頁',
  'phrase.managed-from-present': 'present（此核心的 present 已扣除本區的 mem_map）',
  'phrase.lowmem': '低端記憶體',
  'phrase.whole-machine': '整臺機器',
  'phrase.no-direct-reclaim':
    '它沒有 __GFP_DIRECT_RECLAIM（GFP_ATOMIC / GFP_NOWAIT：中斷、軟中斷或持有自旋鎖的情境），不能睡眠',
  'phrase.kswapd': '{comm} 本身就是回收執行緒，帶有 PF_MEMALLOC 執行，配置器從不為它進入直接回收',
  'phrase.kswapd-nomemalloc':
    '{comm} 本身就是回收執行緒（PF_MEMALLOC：不做直接回收），而 __GFP_NOMEMALLOC 又禁止它使用緊急保留記憶體',
  'phrase.no-block-of-order': '它可用的 zone 中都沒有它能拿的 order {order} 空閒區塊',
  'phrase.no-compaction': '該請求根本無法壓縮記憶體（不能直接回收，或沒有 __GFP_IO），配置器無法拼出這樣的區塊。',
  'phrase.task': '{comm}（{pid:id}），RSS {rss:kb}',
  'phrase.fenced-zones': '其他 zone 雖有 order {order} 及以上的空閒區塊，但沒有通過水位線檢查：{why}。',
  'phrase.largest-task': '最大的行程：{task}。',
  'phrase.usable-part': '（其中該請求可用 {usable:kb}）',
  'phrase.memcg-composition': '其統計顯示：匿名記憶體 {anon:kb}，分頁快取 {file:kb}{kernel}{swap}。',
  'phrase.memcg-kernel': '，核心記憶體 {kb:kb}',
  'phrase.memcg-swap': '，另有 {kb:kb} 已換出到 swap',
  'phrase.gfp-decoded': '{mask}（解碼：{flags}）',
  'phrase.mask-class': '（{name} 類請求，要的是核心記憶體）',
  'phrase.no-zone-detail': '報告中沒有顯示各 zone',
  'phrase.kind.oom': 'OOM 終止行程事件',
  'phrase.kind.memcg-oom': '記憶體 cgroup OOM',
  'phrase.kind.alloc-failure': '配置失敗',
  'phrase.clause-separator': '；',
  'phrase.sentence': '{text}。',
  'phrase.named-kb': '{name} {kb} kB',
  'phrase.list-separator': '、',
  'phrase.lacks-nothing': '規則需要的內容都在',
  'phrase.lack.header': '報告標頭（gfp mask 與 order：報告從它之後才開始）',
  'phrase.lack.mask': 'gfp mask',
  'phrase.lack.order': 'order',
  'phrase.lack.mem-info': 'Mem-Info（zone 行與計數器）',
  'phrase.lack.watermarks': 'zone 行上的水位線',
  'phrase.lack.buddy': 'buddy 空閒串列',
  'phrase.lack.counters': '記憶體計數器',
  'phrase.lack.swap': 'swap 行',
  'phrase.lack.tasks': '行程表',
  'phrase.lack.version': '核心版本',
  'phrase.lack.memcg-usage': '記憶體 cgroup 用量行',
  'phrase.checked.header': '報告標頭：order {order}{orderNote}，{reclaim}',
  'phrase.checked.order-zero': '（任何一個空閒分頁都能滿足：不是碎片化問題）',
  'phrase.checked.order-small': '（非高成本階數：配置器會持續回收與壓縮，之後才放棄）',
  'phrase.checked.order-costly': '（高成本階數：超過 order 3 時配置器直接失敗，不會終止行程）',
  'phrase.checked.can-reclaim': '這個請求可以回收',
  'phrase.checked.no-reclaim': '這個請求無法回收',
  'phrase.checked.reclaim-unknown': '無法得知它能否回收',
  'phrase.checked.zones-failed': '它可用的 zone 都沒有通過檢查（{zones}）',
  'phrase.checked.no-zones': '沒有可以檢查的 zone 行',
  'phrase.checked.consumers':
    '沒有哪個記憶體使用者大到足以成為原因（最大的是 {name} {kb:kb}，佔 {managed:kb} 的 {pct:pct} %）',
  'phrase.checked.no-balance': '報告中沒有可以用來衡量使用者的總量',
  'phrase.checked.no-memcg': '沒有記憶體 cgroup 的報告標頭',
  'phrase.checked.kill-only': '只剩下報告標頭之後的幾行（{what}）',
  'phrase.hint.pagefault':
    '：gfp_mask=0 且呼叫堆疊中有 pagefault_out_of_memory，表示是分頁錯誤處理回傳了 VM_FAULT_OOM，並沒有任何一次分頁配置失敗（驅動程式或檔案系統的分頁錯誤處理、舊核心上延遲的記憶體 cgroup 計費，或損毀的分頁表項目）',
  'phrase.hint.not-zones': '（呼叫端的大小或旗標、vmalloc 或 per-cpu 區域、驅動程式自己的記憶體池）',
  'phrase.lowmem-why-highmem':
    '32 位元核心只能常駐對映約 896 MiB 記憶體（lowmem），所有核心配置——新行程的分頁表、slab、緩衝區——都必須來自這裡，所以機器看起來還有大量空閒記憶體時 lowmem 就已經耗盡。',
  'phrase.lowmem-why-movable':
    'Movable zone（kernelcore=/movablecore=、熱插拔記憶體）只接收可移動的使用者分頁；核心配置必須來自它下面的 zone，所以機器看起來還有大量空閒記憶體時這些 zone 就已經耗盡。',
  'phrase.upper-cma': '（其中 {kb:kb} 是 CMA）',
  'phrase.only-highatomic-blocks': 'order {order} 以上的空閒區塊只在它不能使用的 MIGRATE_HIGHATOMIC 分頁區塊中',
  'phrase.slab-cache': 'Unreclaimable slab info 表中最大的快取是 {name}，{kb:kb}（占其中的 {pct:pct} %）。',
  'phrase.memcg-oom-group':
    '{path} 設定了 memory.oom.group，所以核心終止了群組內所有行程（{count} 次），而不只是最大的那個。',
  'phrase.memcg-owner-node':
    '{path} 是所有 pod 的上層 cgroup：它的限額是節點的 allocatable 記憶體，所以是整個節點用完了 Kubernetes 允許 pod 使用的記憶體——並沒有哪個 pod 的限額被觸及。',
  'phrase.memcg-owner-qos': '{path} 包含某一 QoS 等級的所有 pod：觸及的是這一層在節點上的份額，而不是某個 pod 的限額。',
  'phrase.memcg-owner-pod': '該 cgroup 屬於一個 pod：觸及的是該 pod 的記憶體限額（其各容器限額的總和）。',
  'phrase.swap-free':
    'swap 並不是瓶頸（{total:kb} 中還有 {free:kb} 空閒）：回收換出的速度跟不上，或者這些分頁無法換出（mlock、被釘住、正在回寫）。',
  'phrase.outcome-kill': '沒有可回收的記憶體，核心只能終止行程。',
  'phrase.outcome-fail': '沒有可回收的記憶體，配置失敗或停滯。',
  'phrase.consumer': '{name} {kb:kb}（{pct:pct} %）',
  'phrase.consumer.anon': '匿名記憶體',
  'phrase.consumer.shmem': 'shmem/tmpfs',
  'phrase.consumer.slab': '無法回收的 slab',
  'phrase.consumer.pagetables': '分頁表',
  'phrase.consumer.kernel-stack': '核心堆疊',
  'phrase.consumer.unaccounted': '不在任何計數器中的記憶體',
  'phrase.consumer.file': '檔案快取',
  'phrase.zone-passed': '{zone} 空閒 {free:kb}，以 {margin:kb} 的餘裕通過檢查',
  'phrase.consumer.lru': 'LRU 分頁（匿名與檔案合在一起：這個核心不區分它們）',
  'phrase.hint.vmalloc':
    '：這是 vmalloc 自己的報告（「{message}」）——vmalloc 的失敗與空閒串列無關：請求大小為零或不可能滿足、沒有剩餘的虛擬位址區間，或者逐頁配置時拿不到分頁',
  'phrase.outcome-stall': '沒有可回收的記憶體，核心發出警告時這次配置已經重試了 {ms} 毫秒。',
  'phrase.memcg-no-swap': '該群組完全不允許使用 swap（swap.max 為 0），匿名記憶體無處可去。',
  'phrase.memcg-swap-full': '它的 swap 也已滿（swap 用量 {usage:kb}，限額 {limit:kb}），沒有更多記憶體能離開 RAM。',
  'phrase.thp-capped': '，再截到低端記憶體的 5 %——核心自己對這個建議值設的上限',

  'rec.lowmem-exhausted.64bit': '改用 64 位元核心：所有記憶體都可直接對映，lowmem 限制隨之消失。',
  'rec.lowmem-exhausted.vmsplit':
    '如果必須保持 32 位元，2G/2G 劃分（CONFIG_VMSPLIT_2G）可使 lowmem 大約翻倍，代價是使用者位址空間變小。',
  'rec.lowmem-exhausted.consumer':
    '已統計的最大 lowmem 使用者是 {name}，佔 {kb:kb}（lowmem 的 {pct:pct} %）：應縮減它（dentry/inode 快取可調高 vm.vfs_cache_pressure）。',
  'rec.lowmem-exhausted.unaccounted':
    'lowmem 中有 {kb:kb}（{pct:pct} %）不在任何計數器中（見 unaccounted-memory）：找出佔用它的驅動程式或核心程式碼。',
  'rec.fragmentation.vmalloc':
    '讓呼叫者不再要求 {blockKb} kB 的實體連續記憶體：改用 kvmalloc()/vmalloc、scatter-gather，或在初始化時一次性配置緩衝區。',
  'rec.fragmentation.compact':
    '保持大區塊可用：主動壓縮（vm.compaction_proactiveness，5.9+），或在配置前執行 echo 1 > /proc/sys/vm/compact_memory。',
  'rec.cma-unusable.size':
    'CMA 區域不超過 {maxCma:kb}（現為 {cmaReserved:kb}）時，{zone} 就有足夠的非 CMA 空閒記憶體通過這次檢查；按裝置實際配置的大小來設定它（命令列的 cma=，或 linux,cma reserved-memory 節點）。',
  'rec.cma-unusable.policy':
    '查明為何在這個核心上 CMA 對可移動配置關閉：reserved-memory 節點上的廠商標誌（如 inactive）、廠商的 CMA 策略，或不允許放在 CMA 中的長期釘住（FOLL_LONGTERM）分頁。',
  'rec.cma-unusable.caller':
    '讓呼叫者使用 CMA 能提供的記憶體：可移動配置，或用 dma_alloc_coherent()/cma_alloc() 配置裝置緩衝區；這麼大的不可移動緩衝區需要非 CMA 記憶體。',
  'rec.cma-unusable.right-size':
    '測量 CMA 的實際使用量（/proc/meminfo 中的 CmaTotal/CmaFree、cma debugfs），縮小該區域，讓普通核心配置有足夠記憶體。',
  'rec.memcg-limit.raise':
    '如果負載確實需要更多記憶體，把 {path} 的限額（cgroup v2 的 memory.max，v1 的 memory.limit_in_bytes）提高到其工作集之上；目前為 {limit:kb}。',
  'rec.memcg-limit.growth': '如果本應放得下，查明 {comm}（{pid:id}）為何成長：群組內的洩漏會撞上任何限額。',
  'rec.memcg-limit.chronic': 'failcnt {failcnt}：該群組長期頂著限額執行，而不只是在被終止的那一刻。',
  'rec.memory-exhausted.limit-task':
    '限制最大的使用者 {comm}（{pid:id}，RSS {rss:kb}）：記憶體 cgroup 限額（memory.max、systemd 的 MemoryMax=）可以把全機 OOM 變成區域性 OOM；如果它的成長不正常，修復它。',
  'rec.memory-exhausted.add-swap': '增加 swap（即使很小的 swap 檔案也能讓冷的匿名分頁離開記憶體）或增加記憶體。',
  'rec.memory-exhausted.more-swap': 'swap 也已用盡：增加記憶體；如果工作集大部分是冷資料，也可增加 swap。',
  'rec.pagetable-bloat.task':
    '{comm}（{pid:id}）對映了 {vm:kb} 的虛擬記憶體：限制它（RLIMIT_AS / ulimit -v、記憶體 cgroup），或修正存取大量位址空間的稀疏存取模式。',
  'rec.pagetable-bloat.thp':
    '對大對映使用透明大型分頁（或 hugetlb）可省去最後一級分頁表：一個 2 MiB 的大型分頁不需要 PTE 分頁。',
  'rec.slab-bloat.slabinfo':
    '找出是哪個快取：按大小排序 /proc/slabinfo（slabtop -s c）；以 slab_nomerge 開機，使快取不被合併，快取名就能指向其所有者。',
  'rec.slab-bloat.kmemleak':
    '如果某個快取持續成長，追蹤它的配置（kmemleak、kmem:kmalloc 追蹤點、bpftrace），找到從不釋放的程式碼。',
  'rec.shmem-tmpfs.size':
    '限制 tmpfs 掛載的大小（/dev/shm、/tmp、/run 的 size= 掛載選項），刪除其中殘留的檔案；ipcs -m 可顯示孤立的 SysV 段。',
  'rec.shmem-tmpfs.swap': '沒有 swap 時 shmem 完全無法回收：如果 tmpfs 必須容納超出記憶體餘裕的資料，請增加 swap。',
  'rec.hugetlb-reserved.shrink':
    '把 vm.nr_hugepages（或開機參數 hugepages=）降到應用程式實際對映的數量；當時在用 {used:kb}。',
  'rec.unaccounted-memory.balloon':
    '讓氣球放氣或給它設下限：該客體耗盡記憶體時氣球約佔 {kb:kb}；在虛擬機器管理程式上設定客體的最小記憶體，使氣球不能拿走這麼多，或為該客體停用氣球。',
  'rec.unaccounted-memory.page-owner':
    '找出所有者：以 page_owner=on 開機，讀取 /sys/kernel/debug/page_owner（用 page_owner_sort 排序），檢視哪些呼叫點持有這些分頁。',
  'rec.unaccounted-memory.meminfo':
    '隨時間比較 /proc/meminfo 中的 VmallocUsed、Percpu 以及驅動程式自身的統計；持續成長的那個值就指向洩漏。',
  'rec.high-min-watermark.value':
    'vm.min_free_kbytes 設為 {value} 或更低時，{zone} 此刻在 min 之上還會有 {headroom:kb} 餘裕（該記憶體大小的開機預設值為 {def} kB）。',
  'rec.high-min-watermark.thp':
    '是 THP 提高了它：如果不需要大型分頁，設定 transparent_hugepage=never；或在開機後寫入 vm.min_free_kbytes（在 THP 設定或記憶體變化之前保持有效）。',
  'rec.high-min-watermark.sysctl':
    '它遠高於預設值（{def} kB）：檢查 sysctl.conf、tuned 配置和廠商初始化指令碼中的 vm.min_free_kbytes。',
  'rec.atomic-no-reclaim.wsf':
    '讓 kswapd 更早開始回收，使突發的原子配置能找到空閒記憶體：把 vm.watermark_scale_factor（預設 10，即水位線之間相差記憶體的 0.1 %）提高到 {target}，或提高 vm.min_free_kbytes。',
  'rec.atomic-no-reclaim.mempool':
    '在驅動程式中：預先配置（mempool），或安靜地容忍失敗（__GFP_NOWARN 加重試路徑）；原子配置本來就允許失敗。',
  'rec.atomic-no-reclaim.order':
    '在驅動程式中：避免高階原子配置（使用 order 0 的分頁、scatter-gather，或在初始化時配置緩衝區）；原子請求無法壓縮記憶體。',
  'rec.no-swap.add':
    '增加 swap——約 {kb:kb}（該記憶體的四分之一）的 swap 檔案是個開始——或使用 zram，讓冷的匿名分頁能離開記憶體。',
  'rec.constraint-cpuset-mempolicy.widen': '放寬 cpuset.mems 或記憶體策略，或按繫結的節點來規劃負載大小。',
  'rec.manual-trigger.who':
    '查明是誰發出了 sysrq-f（看門狗、管理員、OOM 輔助工具）；各 zone 行可以說明記憶體是否真的緊張。',
  'rec.panic-on-oom.sysctl':
    '如果機器應當在 OOM 後繼續執行，設定 vm.panic_on_oom = 0，讓 OOM killer 終止行程；只有當重新開機（配合 kdump）就是預期的恢復方式時才保留它。',
  'rec.no-killable-task.adj':
    '檢查 oom_score_adj -1000 的設定（systemd 單元中的 OOMScoreAdjust=-1000）以及先前受害者占用的記憶體：終止行程釋放不了的記憶體（shmem/tmpfs、被 mlock 鎖定的分頁）會讓 OOM 一再發生，直到沒有行程可以終止。',
  'rec.no-killable-task.memcg':
    '為終止行程釋放不了的記憶體替該 cgroup 預留空間——shmem 只有刪除檔案或換出到 swap 才會釋放——或者提高它的限額。',
  'rec.outcome-unexplained.full-report':
    '收集完整的報告（dmesg 或 journalctl -k，從報告標頭到 kill 行），以及同一時間的 /proc/meminfo、/proc/zoneinfo 與 /proc/buddyinfo：缺少的部分才能判定原因。',
  'rec.repeated-victim.limit':
    '觀察 {comm} 的記憶體隨時間的變化，給它設定明確的記憶體限額，使它單獨且儘早失敗，並修復它的成長。',
  'rec.periodic-oom.schedule': '把事件時間與 cron 工作、systemd 計時器和批次處理排程對照：看每次事件之前啟動了什麼。',
  'rec.memory-leak-trend.free':
    '以相同間隔記錄 /proc/meminfo、/proc/slabinfo 和各行程的 RSS，看下降的 MemFree 流向了哪個計數器。',
  'rec.memory-leak-trend.slab': '在 /proc/slabinfo 中找出成長的快取，並追蹤它的配置（kmemleak、kmalloc 追蹤點）。',
  'rec.lowmem-exhausted.movable':
    '把更多記憶體交給核心：縮小或取消 Movable zone（kernelcore=、movablecore=，或把熱插拔記憶體以 online_kernel 方式上線），別讓 {upper} 占著核心配置用不到的記憶體。',
  'rec.slab-bloat.cache':
    '找出誰在從 {name} 配置：追蹤它（以該快取過濾的 kmem:kmem_cache_alloc 追蹤點、bpftrace、kmemleak）；如果這是合併後的快取名稱，以 slab_nomerge 開機。',
  'rec.unaccounted-memory.holder': '檢查 {name}：它自己的統計（debugfs、sysfs、驅動程式計數器）會說明它占了多少。',
  'rec.memcg-limit.raise-memsw':
    '如果工作負載確實需要更多，調高 {path} 的 memory.memsw.limit_in_bytes（原為 {limit:kb}）；對受 memory+swap 限制的群組，增加 swap 沒有用。',

  // The reports: section titles, tables, charts, the headline, parser notes (shared/report).

  'chart.zone.title': '各記憶體區域的可用記憶體與水位線',
  'chart.buddy.title': '依階統計的空閒區塊（夥伴配置器）',
  'chart.accounting.title': '記憶體去向',
  'chart.timeline.title': '時間軸',
  'timeline.noHost': '未註明主機',
  'chart.margin': '餘裕',
  'chart.order': '階',
  'chart.blocks': '空閒區塊',
  'legend.free': 'free（可用）',
  'legend.freeCma': 'free_cma',
  'legend.min': 'min',
  'legend.low': 'low',
  'legend.high': 'high',
  'legend.required': '本次請求所需的水位線 + lowmem_reserve',
  'legend.requestOrder': '請求的階',
  'verdict.pass': '可滿足',
  'verdict.fail': '拒絕',
  'verdict.not-allowed': '本次請求不可用',
  'verdict.unknown': '未重播',
  'term.not-allowed': 'gfp 遮罩 / nodemask 不允許',
  'term.watermark': '低於水位線',
  'term.lowmem-reserve': '低於水位線 + lowmem_reserve',
  'term.cma': '僅計入可用 CMA 時通過',
  'term.highatomic': '扣除 highatomic 保留後失敗',
  'term.order': '沒有該階的空閒區塊',
  'term.ok': '通過',
  'kind.oom': 'OOM 終止行程',
  'kind.memcg-oom': '記憶體 cgroup OOM',
  'kind.alloc-failure': '分頁配置失敗',
  'migrate.U': '不可移動',
  'migrate.M': '可移動',
  'migrate.E': '可回收',
  'migrate.C': 'CMA',
  'migrate.H': '高階原子',
  'migrate.R': '保留',
  'migrate.I': '隔離',
  'acct.total': 'managed（可管理記憶體）',
  'acct.rest': '未統計',
  'report.title': 'OOMLens 報告 — {name}',
  'report.contents': '目錄',
  'report.generated': '產生時間',
  'report.line': '行',
  'section.summary': '案例摘要',
  'section.diagnosis': '診斷',
  'section.environment': '環境',
  'section.zones': '記憶體區域與水位線',
  'section.accounting': '記憶體帳目',
  'section.tasks': '主要行程及重播的 OOM 評分',
  'section.whatIf': '假設情境',
  'section.recommendations': '建議',
  'section.appendix': '附錄：原始報告文字',
  'appendix.note':
    '各報告與來源檔案中完全一致，附行號；較長的行程表只保留排名靠前的行、受害行程和診斷結論引用的行，並註明省略了多少行。',
  'appendix.tasksElided': '… 此處省略 {n} 行行程表（來源檔第 {from:id}–{to:id} 行）',
  'summary.case': '案例',
  'summary.hosts': '主機',
  'summary.span': '時間範圍',
  'summary.events': '事件',
  'summary.noEvents': '未發現記憶體事件',
  'summary.inputs': '輸入',
  'summary.warnings': '輸入警告',
  'summary.warningsTitle': '未能完整讀取的內容：',
  'summary.moreWarnings': '……另有 {n} 則',
  'overview.time': '時間',
  'overview.kind': '類型',
  'overview.trigger': '觸發者',
  'time.uptime': '開機後 {s:1} 秒',
  'overview.victim': '被終止行程',
  'overview.finding': '主要結論',
  'event.source': '來源：{path}，第 {line:id} 行 · 主機 {host}',
  'headline.title': '發生了什麼',
  'headline.trigger': '{comm}（pid {pid:id}）以 gfp_mask={mask} 請求 {order} 階記憶體區塊（{kb}）。',
  'headline.manual': 'OOM killer 由 {comm}（pid {pid:id}）手動觸發（sysrq-f）。',
  'headline.killed': '核心終止了 {comm}（pid {pid:id}），OOM 評分 {score}；其 anon-rss 為 {anon}，file-rss 為 {file}。',
  'headline.selected': '核心選擇 {comm}（pid {pid:id}，OOM 評分 {score}）作為被終止行程。',
  'headline.noKill': '沒有行程被終止：配置失敗，由呼叫者自行處理。',
  'headline.noVictim': '記錄檔未列出被終止行程。',
  'headline.memcg': '記憶體 cgroup {path} 已達上限：用量 {usage}，上限 {limit}。',
  'headline.replayOk': '重播水位線檢查：{zone} 原可滿足該請求（餘裕 {margin}）。',
  'headline.replayFail':
    '重播水位線檢查：沒有允許的區域能滿足；最接近的是 {zone}，{why}（可用 {free}，需要 {required}，餘裕 {margin}）。',
  'headline.replayPassed': '重播水位線檢查：{zone} 可以通過（餘裕 {margin}）：僅憑水位線無法解釋配置為何失敗。',
  'headline.replayNoZone': '重播水位線檢查：沒有區域允許此請求使用。',
  'headline.finding': '主要結論：{title}',
  'headline.panic': '核心直接 panic 而非終止行程（panic_on_oom）。',
  'findings.evidence': '證據',
  'findings.none': '無結論：診斷無法從此報告中證實任何問題。',
  'severity.critical': '嚴重',
  'severity.warning': '警告',
  'severity.info': '資訊',
  'env.kernel': '核心',
  'env.arch': '架構',
  'env.hardware': '硬體',
  'env.pageSize': '分頁大小',
  'env.pageSizeFrom.buddy': '由夥伴配置器行推斷',
  'env.pageSizeFrom.ratio': '由 kB/分頁計數比例推斷',
  'env.pageSizeFrom.arch': '該架構的常用值',
  'env.pageSizeFrom.default': '假定值（報告中無依據）',
  'env.ram': '記憶體',
  'env.swap': 'Swap（可用 / 總量）',
  'env.swap.none': '未設定',
  'env.minFree.default': '由水位線推斷；與該記憶體大小的核心預設值一致',
  'env.minFree.thp': '推斷值；已被透明大分頁（khugepaged）調高',
  'env.minFree.user': '推斷值；高於預設值（由管理員設定）',
  'env.minFree.unknown': '無法從此報告推斷',
  'env.wsf.default': '預設值',
  'env.wsf.raised': '高於預設值 10',
  'env.wsf.lowered': '低於預設值 10',
  'env.wsf.unknown': '無法從此報告推斷（核心早於 4.6，或未印出區域水位線）',
  'env.order': '{order} 階',
  'env.order.manual': '手動觸發',
  'env.highestZone': '最高可用區域 {zone}',
  'env.constraint': 'OOM 約束',
  'env.memcg': '記憶體 cgroup',
  'env.memcgUsage': 'cgroup 用量 / 上限',
  'env.memcgSwap': 'cgroup swap 用量 / 上限',
  'env.unlimited': '無上限',
  'zones.zone': '區域',
  'zones.reserve': 'lowmem_reserve[]（分頁）',
  'zones.required': '所需',
  'zones.verdict': '重播結果',
  'zones.note': '單位為 kB（與記錄檔一致）；「所需」為核心模型重播檢查時的水位線加上本次請求須保留的 lowmem_reserve。',
  'tasks.name': '名稱',
  'tasks.points': '點數',
  'tasks.score': '評分',
  'tasks.killed': '被終止',
  'tasks.selected': '被選中',
  'tasks.predicted': '重播選中',
  'tasks.note':
    '共 {total} 個行程中的前 {shown} 個，依重播的 badness 點數排序（rss、分頁表與 swap 的分頁數加 oom_score_adj）；rss 與 pgtables 單位為 kB。',
  'tasks.omitted': '另有 {n} 行行程表已印出但未保留：{reason}。',
  'whatIf.scenario': '情境',
  'whatIf.asLogged': '記錄檔原樣',
  'whatIf.allocation': '配置',
  'whatIf.victim': 'OOM 被終止行程',
  'whatIf.succeeds': '由 {zone} 滿足',
  'whatIf.fails': '失敗',
  'whatIf.noKill': '不終止行程',
  'term.memcg-limit': '控制群組已達上限',
  'whatIf.failsBecause': '失敗：{why}{zone}',
  'whatIf.panics': '核心 panic（panic_on_oom），沒有行程被終止：{why}{zone}',
  'whatIf.noKillable': '失敗，OOM killer 沒有可終止的行程：{why}{zone}',
  'whatIf.unknown': '未重播',
  'whatIf.estimate': '（估算：回收到新增的 swap）',
  'whatIf.noScenarios': '此事件沒有釘選的情境。',
  'section.notes': '附錄：解析說明',
  'notes.intro': '讀取輸入時所做的假設或略過的內容；報告中的內容沒有因此遺失。',
  'notes.original': '原文：{text}',
  'note.annotation-removed': '有人附加在核心記錄行後（一串連字號之後）的文字已略過。',
  'note.line-too-long': '過長、不可能是核心記錄的行已略過。',
  'note.line-truncated': '超過行長度上限的行只讀取了上限以內的部分。',
  'note.number-out-of-range': '某行中的數字過大，無法精確儲存，該行已略過。',
  'note.page-size-assumed': '報告未顯示分頁大小，已依該架構的常用值假定。',
  'note.snapshot-time-from-mtime': '/proc 檔案不含時間，已以其修改時間作為擷取時間。',
  'note.snapshot-time-from-date-file':
    '/proc 檔案不含時間，已以其 sosreport 的 date 檔案（sosreport 的擷取時間）作為擷取時間。',
  'note.snapshot-time-from-name': '/proc 檔案不含時間，已以其封存檔名稱中的日期作為擷取日期。',
  'note.year-from-case-date':
    'syslog 時間戳記不含年份時所假定的年份來自 sosreport（其 date 檔案或封存檔名稱），而不是檔案的修改時間。',
  'note.sysctl-error-line': 'sysctl 輸出了錯誤訊息，而不是數值。',
  'note.unnamed-counter': '某個節點計數器沒有名稱，已以空名稱保留。',
  'note.unrecognised-line': '報告（或 /proc 檔案）中有一行無法辨識，已略過。',
  'note.year-inferred': 'syslog 時間戳記不含年份，年份取自檔案日期（或貼上的時間）。',
  'note.year-unknown': 'syslog 時間戳記不含年份，且無從推斷，這些事件沒有日期和時間。',
  'note.orphan-report-line': '有一行報告內容不在任何報告之內（之前沒有報告開頭），未被使用。',
  'note.truncated-report': '報告的開頭幾行不在輸入中（缺少報告標頭和記憶體傾印）；該事件標記為不完整。',
  'note.depth-limit': '巢狀層數過多的封存檔已略過。',
  'note.empty-input': '某個輸入是空的。',
  'note.encrypted-member': '加密的封存成員已略過。',
  'note.journal-corrupt': 'systemd 日誌檔已損毀；已讀取損毀之前的項目。',
  'note.journal-json': 'JSON 格式的日誌匯出中，部分核心記錄不是有效的 JSON，已略過。',
  'note.journal-lz4': '部分 LZ4 壓縮的日誌欄位無法讀取。',
  'note.journal-no-kernel': 'systemd 日誌檔中沒有核心訊息。',
  'note.nested-journal-too-large': '封存檔中的日誌檔過大，無法在記憶體中讀取，已略過。',
  'note.nested-zip-too-large': '封存檔中的 zip 檔過大，無法在記憶體中讀取，已略過。',
  'note.ratio-limit': '某個壓縮輸入的展開比例像解壓縮炸彈，已停止讀取。',
  'note.read-error': '某個輸入無法讀到結尾；已分析之前的內容。',
  'note.rotation-duplicates': '在輪替記錄檔之間重複的報告行只讀取了一次。',
  'note.snapshot-too-large': '看似 /proc 快照的檔案過大，已略過。',
  'note.special-file-skipped': '裝置、通訊端或管線檔案已略過。',
  'note.special-member': '屬於連結或裝置的封存成員已略過。',
  'note.symlink-skipped': '未追蹤符號連結。',
  'note.total-limit': '案例已達到解壓縮位元組上限；之後的資料未讀取。',
  'note.unreadable-directory': '某個資料夾無法讀取，已略過。',
  'note.unreadable-file': '某個檔案無法讀取，已略過。',
  'note.unreadable-member': '某個封存成員無法讀取，已略過。',
  'note.unsafe-member': '名稱不安全（絕對路徑或指向封存檔之外）的封存成員已略過。',
  'note.unsupported-member': '既不是記錄檔、/proc 快照，也不是封存檔的檔案已略過。',
  'title.hosts': '{n} 台主機',
  'title.one': '{comm}：{kind}',
  'note.partial-zone-line': '某行記憶體區域資料只被部分辨識；已使用讀出的欄位，其餘見原文。',
  'note.partial-node-line': '某行節點計數器只被部分辨識；已使用讀出的計數器。',
  'note.partial-buddy-line': '某行空閒串列（夥伴系統）只被部分辨識；已使用讀出的階。',
  'note.partial-header': '報告的第一行只被部分辨識（常見於貼上時被截斷）。',
  'note.zone-line-missing': '某行空閒串列沒有對應的記憶體區域資料；該區域的可用記憶體取空閒串列合計。',
  'note.task-columns-guessed': '行程表沒有表頭；依欄數推斷了各欄。',
  'note.unparsed-task-row': '行程表中有一行與表頭不符。',
  'note.orphan-lowmem-reserve': '某行 lowmem_reserve 之前沒有記憶體區域資料。',
  'note.prefix-learned': '從報告第一行學到了一個未知的行前綴，並從整段報告中移除。',
  'note.elided-lines': '輸入在這裡省略了報告的一部分（`...`、`[...]`、`(...snipped...)`）。',
  'note.rows-omitted': '報告中超出記憶體上限的行只計數、未保留；事件中註明了數量。',
  'note.unread-report-marker': '某行帶有報告標記（invoked oom-killer、Mem-Info、Killed process 等），卻沒有產生事件。',
  'note.report-abandoned': '一份未結束的報告之後出現了太多不屬於它的行，已放棄繼續讀取。',
  'note.report-cut': '報告在做出終止決定之前就結束了（輸入結束，或另一份報告開始）；警告中列出了最後讀到的一行。',
  'note.snapshot-duplicate': '某個 /proc 檔案與案例中另一個檔案逐位元組相同（sosreport 會儲存兩份），只計入一次。',
}
