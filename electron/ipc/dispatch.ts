import { z } from 'zod';
import { isChannelName, type ChannelName } from '../../shared/ipc/channels';
import { contract, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { AppError, type IpcError, type IpcResult } from '../../shared/ipc/result';

z.config(z.locales.sv());

/** What a handler may know about its caller, whichever host it came through. */
export interface CallContext {
  host: 'electron' | 'browser' | 'cli';
}

/**
 * The handler table: one function per channel. Typed as a mapped type over
 * the channel list, so a missing or mistyped handler fails to compile.
 */
export type Handlers = {
  [C in ChannelName]: (request: ParsedRequestOf<C>, context: CallContext) => ResponseOf<C> | Promise<ResponseOf<C>>;
};

export interface DispatchOptions {
  /** Also check responses against the contract (tests and development). */
  validateResponses?: boolean;
  onInternalError?: (channel: string, error: unknown) => void;
}

/**
 * The one entry from any host into the handlers: checks the channel name,
 * parses the payload against the contract, runs the handler and wraps the
 * outcome as `{ ok, value }` / `{ ok: false, error }` with a Swedish message.
 * Never throws.
 */
export async function dispatch(
  handlers: Handlers,
  channel: unknown,
  payload: unknown,
  context: CallContext,
  options: DispatchOptions = {},
): Promise<IpcResult<unknown>> {
  if (!isChannelName(channel)) {
    return fail({ code: 'forbidden', message: 'Okänd begäran.' });
  }
  const spec = contract[channel];
  const parsed = spec.request.safeParse(payload ?? {});
  if (!parsed.success) {
    return fail(validationError(parsed.error));
  }
  try {
    const handler = handlers[channel] as (request: unknown, context: CallContext) => unknown;
    const value = await handler(parsed.data, context);
    if (options.validateResponses) {
      const checked = spec.response.safeParse(value);
      if (!checked.success) {
        options.onInternalError?.(channel, checked.error);
        return fail({ code: 'internal', message: 'Ett internt fel uppstod: svaret hade fel form.' });
      }
    }
    return { ok: true, value };
  } catch (error) {
    if (error instanceof AppError) return fail(error.toIpcError());
    options.onInternalError?.(channel, error);
    return fail({ code: 'internal', message: 'Ett oväntat fel uppstod. Inget har ändrats.' });
  }
}

/** A zod error as one Swedish sentence naming the first offending field. */
export function validationError(error: z.ZodError): IpcError {
  const issue = error.issues[0];
  const field = issue && issue.path.length ? issue.path.map(String).join('.') : undefined;
  const message = issue ? `Ogiltiga uppgifter${field ? ` i fältet "${field}"` : ''}: ${issue.message}` : 'Ogiltiga uppgifter.';
  return field === undefined ? { code: 'validation', message } : { code: 'validation', message, field };
}

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}
