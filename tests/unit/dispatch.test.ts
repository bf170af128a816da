import { describe, expect, it, vi } from 'vitest';
import { AppError } from '../../shared/ipc/result';
import { dispatch, type Handlers } from '../../electron/ipc/dispatch';
import { recordingHandlers } from './dispatch-support';

/** A handler table whose every handler records its calls and fails loudly unless replaced. */
function handlerTable(overrides: Partial<Handlers> = {}) {
  const { table, reached } = recordingHandlers((channel) => {
    const override = overrides[channel] as ((...a: unknown[]) => unknown) | undefined;
    return override ?? (() => {
      throw new Error(`${channel} should not have been called`);
    });
  });
  return { table, calls: reached };
}

describe('dispatch', () => {
  it('refuses a channel that is not in the contract, without calling any handler', async () => {
    const { table, calls } = handlerTable();
    for (const channel of ['fs:readFile', 'bodies:list ', '__proto__', 'constructor', 42, null]) {
      const result = await dispatch(table, channel, {}, { host: 'browser' });
      expect(result, String(channel)).toEqual({ ok: false, error: { code: 'forbidden', message: 'Okänd begäran.' } });
    }
    expect(calls).toEqual([]);
  });

  it('rejects a malformed payload with a Swedish sentence, the field given apart from it, without calling the handler', async () => {
    const { table, calls } = handlerTable();
    const result = await dispatch(table, 'meetings:get', { id: 'sju' }, { host: 'browser' });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.error.code).toBe('validation');
    expect(result.error.field).toBe('id');
    expect(result.error.message).toBe('Ogiltiga uppgifter: en uppgift har fel form.');
    expect(calls).toEqual([]);
  });

  it('names nested fields with a dotted path', async () => {
    const { table } = handlerTable();
    const result = await dispatch(table, 'notes:save', { meetingId: 1, itemId: 2, notes: { root: 5 } }, { host: 'cli' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation', field: 'notes.root' } });
  });

  it('rejects unknown fields instead of passing them on', async () => {
    const { table, calls } = handlerTable();
    const result = await dispatch(table, 'bodies:list', { sql: 'DROP TABLE bodies' }, { host: 'electron' });
    expect(result).toMatchObject({ ok: false, error: { code: 'validation' } });
    expect(calls).toEqual([]);
  });

  it('passes the parsed request and the caller context to the handler and wraps its value', async () => {
    const getMeeting = vi.fn(() => ({ id: 7 }));
    const { table } = handlerTable({ 'meetings:get': getMeeting as never });
    const result = await dispatch(table, 'meetings:get', { id: 7 }, { host: 'cli' });
    expect(result).toEqual({ ok: true, value: { id: 7 } });
    expect(getMeeting).toHaveBeenCalledWith({ id: 7 }, { host: 'cli' });
  });

  it('treats a missing payload as an empty request', async () => {
    const { table } = handlerTable({ 'bodies:list': (() => []) as never });
    expect(await dispatch(table, 'bodies:list', undefined, { host: 'browser' })).toEqual({ ok: true, value: [] });
  });

  it('turns an AppError into its code, message and field', async () => {
    const { table } = handlerTable({
      'meetings:get': (() => {
        throw new AppError('not_found', 'Mötet finns inte längre.', 'id');
      }) as never,
    });
    const result = await dispatch(table, 'meetings:get', { id: 3 }, { host: 'browser' });
    expect(result).toEqual({ ok: false, error: { code: 'not_found', message: 'Mötet finns inte längre.', field: 'id' } });
  });

  it('turns an unexpected error into a generic Swedish message that reveals nothing, and reports it', async () => {
    const onInternalError = vi.fn();
    const { table } = handlerTable({
      'bodies:list': (async () => {
        throw new Error('SQLITE_IOERR: disk I/O error at /home/sekreterare/anteckna.sqlite');
      }) as never,
    });
    const result = await dispatch(table, 'bodies:list', {}, { host: 'browser' }, { onInternalError });
    expect(result).toEqual({ ok: false, error: { code: 'internal', message: 'Ett oväntat fel uppstod. Inget har ändrats.' } });
    expect(JSON.stringify(result)).not.toContain('SQLITE');
    expect(onInternalError).toHaveBeenCalledWith('bodies:list', expect.any(Error));
  });

  it('can check responses against the contract', async () => {
    const { table } = handlerTable({ 'bodies:list': (() => [{ id: 'not a number' }]) as never });
    const unchecked = await dispatch(table, 'bodies:list', {}, { host: 'browser' });
    expect(unchecked.ok).toBe(true);
    const checked = await dispatch(table, 'bodies:list', {}, { host: 'browser' }, { validateResponses: true });
    expect(checked).toMatchObject({ ok: false, error: { code: 'internal' } });
  });
});
