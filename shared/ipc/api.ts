import type { ChannelName } from './channels';
import type { RequestOf, ResponseOf } from './contract';
import type { IpcResult } from './result';

/**
 * The API the renderer sees: one function per channel. The preload exposes
 * exactly this object (built from CHANNEL_NAMES); the browser host's client
 * implements the same shape over HTTP.
 */
export type AntecknaApi = {
  [C in ChannelName]: (request: RequestOf<C>) => Promise<IpcResult<ResponseOf<C>>>;
};

/** Name of the global the preload exposes in the renderer's main world. */
export const API_GLOBAL = 'anteckna';

/** Path prefix and token header of the browser host's API. */
export const HTTP_API_PREFIX = '/api/';
export const HTTP_TOKEN_HEADER = 'x-anteckna-token';
