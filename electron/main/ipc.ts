import { ipcMain, type BrowserWindow } from 'electron';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import type { IpcResult } from '../../shared/ipc/result';
import { dispatch, type Handlers } from '../ipc/dispatch';
import { isTrustedSender } from './policy';

const FORBIDDEN: IpcResult<never> = {
  ok: false,
  error: { code: 'forbidden', message: 'Begäran nekades: den kom inte från Antecknas eget fönster.' },
};

/** Every channel, one loop: check the sender, then the same dispatch as every host. */
export function registerIpc(handlers: Handlers, appWindow: () => BrowserWindow | null): void {
  for (const channel of CHANNEL_NAMES) {
    ipcMain.handle(channel, (event, payload: unknown) => {
      const window = appWindow();
      const frame = event.senderFrame;
      const isMainFrameOfAppWindow =
        frame !== null &&
        frame.parent === null &&
        window !== null &&
        !window.isDestroyed() &&
        event.sender.id === window.webContents.id;
      if (!isTrustedSender({ frameUrl: frame?.url ?? null, isMainFrameOfAppWindow })) return FORBIDDEN;
      return dispatch(handlers, channel, payload, { host: 'electron' }, {
        onInternalError: (name, error) => console.error(`Internt fel i ${name}:`, error),
      });
    });
  }
}
