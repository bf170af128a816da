import { describe, expect, it } from 'vitest';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { contract } from '../../shared/ipc/contract';
import { createHandlers } from '../../electron/ipc/handlers';
import type { Db } from '../../electron/services/storage/database';

describe('IPC contract', () => {
  it('declares a request and a response schema for every channel, and nothing else', () => {
    expect(Object.keys(contract).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) {
      expect(typeof contract[name].request.safeParse, name).toBe('function');
      expect(typeof contract[name].response.safeParse, name).toBe('function');
    }
  });

  it('has a handler for every channel', () => {
    const handlers = createHandlers({ db: {} as Db, databasePath: '/tmp/x.sqlite', version: '0.0.0' });
    expect(Object.keys(handlers).sort()).toEqual([...CHANNEL_NAMES].sort());
    for (const name of CHANNEL_NAMES) expect(typeof handlers[name], name).toBe('function');
  });

  it('rejects unknown fields instead of passing them through to storage', () => {
    const parsed = contract['meetings:get'].request.safeParse({ id: 1, sql: 'DROP TABLE meetings' });
    expect(parsed.success).toBe(false);
  });

  it('rejects ids that are not positive integers', () => {
    for (const id of [0, -1, 1.5, '1', null]) {
      expect(contract['meetings:get'].request.safeParse({ id }).success, String(id)).toBe(false);
    }
  });
});
