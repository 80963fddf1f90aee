// One ipcMain.handle per contract method, each refusing callers that are not the app's own page
// (a frame that navigated elsewhere, an injected iframe): DESIGN §5, "IPC senders validated".
import type { IpcMain, IpcMainInvokeEvent } from 'electron'
import { methodNames } from '../../../shared/api/contract'
import type { InvokeEnvelope } from './channels'
import type { Dispatch } from './dispatch'

export function registerIpc(ipcMain: Pick<IpcMain, 'handle'>, dispatch: Dispatch, isAppUrl: (url: string) => boolean): void {
  for (const method of methodNames) {
    ipcMain.handle(method, async (event: IpcMainInvokeEvent, args: unknown): Promise<InvokeEnvelope> => {
      // senderFrame is null when the frame is gone or navigated since sending.
      const url = event.senderFrame?.url
      if (!url || !isAppUrl(url)) {
        console.warn(`refused ${method} from ${url ?? 'an unknown frame'}`)
        return { ok: false, error: { code: 'bridge.forbidden', message: 'caller is not the app' } }
      }
      return dispatch(method, args)
    })
  }
}
