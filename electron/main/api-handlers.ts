// Every IPC call goes through one wrapper: the channel carries our prefix, the sender is the main
// frame of a window we created showing our own renderer, and the arguments pass the API's
// validators — before any handler runs (VS Code's validatedIpcMain, GitHub Desktop's typed handle).
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { apiErr } from '../../shared/api/api-result'
import type { ApiResult } from '../../shared/api/api-result'
import { invokeValidated } from '../../shared/api/invoke-validated'
import type { ApiImplementation } from '../../shared/api/invoke-validated'
import { API_CHANNEL_PREFIX, API_METHODS, apiChannel } from '../../shared/api/methods'

/** Decides whether an IPC sender is one of ours. */
export type SenderCheck = (event: IpcMainInvokeEvent) => boolean

/**
 * The sender check for the app: a window in `ourWebContents`, its main frame (no iframes), at a URL
 * inside the built renderer folder (`rendererUrl`, a `file://…/out/renderer/` prefix).
 */
export function createSenderCheck(ourWebContents: ReadonlySet<number>, rendererUrl: string): SenderCheck {
  return (event) => {
    const frame = event.senderFrame
    if (!frame || frame !== event.sender.mainFrame) return false
    if (!ourWebContents.has(event.sender.id)) return false
    return frame.url.startsWith(rendererUrl)
  }
}

/** Register one `ipcMain.handle` per API method; returns a function that removes them again. */
export function registerApiHandlers(ipcMain: IpcMain, impl: ApiImplementation, isOurs: SenderCheck): () => void {
  for (const method of API_METHODS) {
    const channel = apiChannel(method)
    if (!channel.startsWith(API_CHANNEL_PREFIX)) throw new Error(`channel ${channel} lacks the API prefix`)
    ipcMain.handle(channel, async (event, ...args: unknown[]): Promise<ApiResult<unknown>> => {
      if (!isOurs(event)) return apiErr('forbidden', `${method}: the caller is not an OOMLens window`)
      return invokeValidated(impl, method, args)
    })
  }
  return () => {
    for (const method of API_METHODS) ipcMain.removeHandler(apiChannel(method))
  }
}
