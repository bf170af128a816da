import { z } from 'zod';
import { isChannelName, type ChannelName } from '../../shared/ipc/channels';
import { contract, type ParsedRequestOf, type ResponseOf } from '../../shared/ipc/contract';
import { AppError, type IpcError, type IpcResult } from '../../shared/ipc/result';
import { MAX_JSON_DEPTH, jsonShapeProblem } from '../../shared/notes/schema';
import { firstIssue, swedishErrorMap } from '../../shared/format/validationMessages';

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
  const shape = jsonShapeProblem(payload);
  if (shape !== null) return fail(shapeError(shape));
  const parsed = safeParse(spec.request, payload ?? {});
  if (parsed === null) {
    // Only a payload no caller of ours sends gets here (a cycle, a getter that throws).
    return fail({ code: 'validation', message: 'Ogiltiga uppgifter: innehållet kunde inte läsas.' });
  }
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
    const storage = storageError(error);
    if (storage) return fail(storage);
    options.onInternalError?.(channel, error);
    return fail({ code: 'internal', message: 'Ett oväntat fel uppstod. Inget har ändrats.' });
  }
}

/**
 * A zod error as one Swedish sentence about the first offending field, in
 * words the secretary knows; the field's path goes in `field`, to place the
 * message beside the field, never into the text.
 */
export function validationError(error: z.ZodError): IpcError {
  return { code: 'validation', ...firstIssue(error) };
}

function safeParse(schema: z.ZodType, value: unknown): z.ZodSafeParseResult<unknown> | null {
  try {
    return schema.safeParse(value, { error: swedishErrorMap });
  } catch {
    return null;
  }
}

function shapeError(problem: 'depth' | 'size'): IpcError {
  return {
    code: 'validation',
    message:
      problem === 'depth'
        ? `Ogiltiga uppgifter: innehållet är nästlat i fler än ${MAX_JSON_DEPTH} nivåer.`
        : 'Ogiltiga uppgifter: innehållet är för stort.',
  };
}

/**
 * SQLite's own failures that the secretary can do something about (or that
 * pass by themselves) get words of their own; the renderer keeps the text and
 * retries. Nothing was written: every write runs in a transaction.
 */
export function storageError(error: unknown): IpcError | null {
  const code = typeof error === 'object' && error !== null && 'code' in error ? String(error.code) : '';
  if (code.startsWith('SQLITE_FULL')) {
    return { code: 'storage', message: 'Disken är full. Texten finns kvar och sparas så snart det finns plats igen.' };
  }
  if (code.startsWith('SQLITE_BUSY') || code.startsWith('SQLITE_LOCKED')) {
    return { code: 'storage', message: 'Databasen är upptagen just nu. Texten finns kvar och sparas om en stund.' };
  }
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code.startsWith('SQLITE_IOERR')) {
    return { code: 'storage', message: 'Databasfilen går inte att skriva till just nu. Texten finns kvar och sparas igen.' };
  }
  return null;
}

function fail(error: IpcError): IpcResult<never> {
  return { ok: false, error };
}
