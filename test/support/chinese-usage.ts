/**
 * Checks for the Chinese catalogues (the app's, the findings' and reports' one, the glossary): full-width
 * punctuation in both scripts, and Taiwan's usage in Traditional Chinese (「」 quotes, 透過, 行程, 記憶體 …)
 * rather than the mainland's words written in traditional characters.
 */

/** An ASCII comma, colon, semicolon or parenthesis touching a Chinese character. */
const HALF_WIDTH = /[\u4e00-\u9fff][,:;()]|[,:;()][\u4e00-\u9fff]/

/**
 * Mainland words (in traditional characters) and what Taiwan says instead, for the record:
 * 內存 記憶體, 進程/程序 行程, 線程 執行緒, 默認 預設, 信息 資訊, 數據 資料, 文件 檔案, 設置 設定, 支持 支援,
 * 運行 執行, 緩存 快取, 調用 呼叫, 堆棧 堆疊, 用戶 使用者, 打印 印出, 列表 串列/清單, 分配 配置, 規整 壓縮,
 * 上下文 情境, 增長 成長, 跟蹤 追蹤, 保存 儲存, 物理 實體, 映射 對映, 當前 目前, 申請 要求, 計劃 計畫,
 * 殺(死) 終止 (the one term for an OOM kill, as in the app), 餘量 餘裕, 頁面 分頁, 對比 比較, 點擊 按一下.
 */
const MAINLAND =
  /內存|進程|程序|線程|默認|信息|數據|文件|設置|支持|運行|緩存|調用|堆棧|用戶|打印|列表|分配|規整|上下文|增長|跟蹤|保存|物理|映射|當前|申請|計劃|殺|餘量|頁面|對比|點擊|日誌未/

/** 通過 is "passes (a check)"; "by means of" is 透過. */
const TONGGUO_NOT_PASS = /通過(?![檢水這（，。'」]|$)/

/** Entries whose text puts half-width punctuation against Chinese. */
export function halfWidthOffenders(entries: Iterable<readonly [string, string]>): [string, string][] {
  return [...entries].filter(([, text]) => HALF_WIDTH.test(text)).map(([k, v]) => [k, v])
}

/** Traditional Chinese entries with curly quotes or mainland words. */
export function notTaiwanOffenders(entries: Iterable<readonly [string, string]>): [string, string][] {
  return [...entries]
    .filter(([, text]) => /[“”‘’]/.test(text) || MAINLAND.test(text) || TONGGUO_NOT_PASS.test(text))
    .map(([k, v]) => [k, v])
}
