import { contextBridge, ipcRenderer } from 'electron';
import { API_GLOBAL } from '../../shared/ipc/api';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { COMMANDS_GLOBAL, COMMAND_CHANNEL, isAppCommand, type AppCommand } from '../../shared/ipc/commands';

// Sandboxed preload: exposes one function per channel, never ipcRenderer itself.
contextBridge.exposeInMainWorld(
  API_GLOBAL,
  Object.fromEntries(CHANNEL_NAMES.map((channel) => [channel, (payload: unknown) => ipcRenderer.invoke(channel, payload)])),
);

// The menu's commands: only names from the list reach the page, never the event object.
contextBridge.exposeInMainWorld(COMMANDS_GLOBAL, {
  onCommand: (listener: (command: AppCommand) => void) => {
    ipcRenderer.on(COMMAND_CHANNEL, (_event, command: unknown) => {
      if (isAppCommand(command)) listener(command);
    });
  },
});
