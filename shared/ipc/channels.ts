import { isOneOf } from './names';

/**
 * Every IPC channel, by name. Kept apart from the schemas so the preload can
 * be built from this list without bundling zod; `contract.ts` is checked
 * against it, so the two cannot drift.
 */
export const CHANNEL_NAMES = [
  'app:info',
  'bodies:list',
  'bodies:get',
  'meetings:list',
  'meetings:get',
  'meetings:updateHeader',
  'notes:save',
  'notes:get',
  'notes:resolve',
  'notes:copies',
  'bodies:create',
  'bodies:updateSettings',
  'bodies:setPlannedDates',
  'bodies:setStandingItems',
  'bodies:setDocxTemplate',
  'roster:save',
  'meetings:createFromBody',
  'meetings:createFromPrevious',
  'attendance:set',
  'attendance:undo',
  'attendance:history',
  'attendance:markUnmarkedPresent',
  'attendance:applyPasted',
  'called:add',
  'called:remove',
  'agenda:add',
  'agenda:update',
  'agenda:move',
  'agenda:remove',
  'standpoint:save',
  'templates:list',
  'templates:save',
  'templates:remove',
  'tasks:save',
  'tasks:remove',
  'tasks:list',
  'tasks:setDone',
  'meetings:open',
  'meetings:close',
  'meetings:remove',
  'review:set',
  'review:unlock',
  'versions:list',
  'versions:get',
  'meetings:overview',
  'archive:year',
  'export:yearLog',
  'export:preview',
  'export:file',
  'export:showInFolder',
  'backups:list',
  'backups:create',
  'backups:restore',
  'search:query',
  'import:read',
  'import:save',
  'teams:read',
  'teams:apply',
  'invite:write',
  'meetings:cancel',
] as const;

export type ChannelName = (typeof CHANNEL_NAMES)[number];

export function isChannelName(value: unknown): value is ChannelName {
  return isOneOf(CHANNEL_NAMES, value);
}
