import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../../shared/ipc/api';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';

// Sandboxed preload: exposes one function per channel, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  API_GLOBAL,
  Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)])),
);
