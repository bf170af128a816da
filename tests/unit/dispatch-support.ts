import { CHANNEL_NAMES, type ChannelName } from '../../shared/ipc/channels';
import type { Handlers } from '../../electron/ipc/dispatch';

type AnyHandler = (...args: unknown[]) => unknown;

/**
 * A handler table for `dispatch` in which every channel first records that
 * it was reached, then does what `handle` gives for it: the tests ask which
 * requests got past validation to a handler at all.
 */
export function recordingHandlers(handle: (channel: ChannelName) => AnyHandler): { table: Handlers; reached: ChannelName[] } {
  const reached: ChannelName[] = [];
  const table = Object.fromEntries(
    CHANNEL_NAMES.map((channel) => [
      channel,
      (...args: unknown[]) => {
        reached.push(channel);
        return handle(channel)(...args);
      },
    ]),
  ) as unknown as Handlers;
  return { table, reached };
}
