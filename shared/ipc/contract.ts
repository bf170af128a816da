import { z } from 'zod';
import {
  bodySchema,
  bodySummarySchema,
  idSchema,
  meetingHeaderSchema,
  meetingSchema,
  meetingSummarySchema,
} from '../model/domain';
import { notesDocumentSchema } from '../notes/schema';
import type { ChannelName } from './channels';

/**
 * The IPC contract: one declaration per channel with the runtime schema of
 * its request and response. Main validates every request against it; the
 * renderer's client and main's handler table take their types from it.
 */

interface ChannelSpec<Req extends z.ZodType, Res extends z.ZodType> {
  request: Req;
  response: Res;
  /** Changes data; the browser host and tests use this to know which calls write. */
  writes: boolean;
}

function query<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response, writes: false };
}
function command<Req extends z.ZodType, Res extends z.ZodType>(request: Req, response: Res): ChannelSpec<Req, Res> {
  return { request, response, writes: true };
}

const none = z.strictObject({});
const byId = z.strictObject({ id: idSchema });

export const contract = {
  'app:info': query(
    none,
    z.object({
      version: z.string(),
      host: z.enum(['electron', 'browser']),
      databasePath: z.string(),
    }),
  ),
  'bodies:list': query(none, z.array(bodySummarySchema)),
  'bodies:get': query(byId, bodySchema),
  'meetings:list': query(z.strictObject({ bodyId: idSchema.optional() }), z.array(meetingSummarySchema)),
  'meetings:get': query(byId, meetingSchema),
  'meetings:updateHeader': command(
    z.strictObject({ id: idSchema, header: meetingHeaderSchema }),
    z.object({ header: meetingHeaderSchema, updatedAt: z.string() }),
  ),
  'notes:save': command(
    z.strictObject({ meetingId: idSchema, itemId: idSchema, notes: notesDocumentSchema }),
    z.object({ revision: z.number().int().nonnegative(), savedAt: z.string() }),
  ),
} satisfies { [C in ChannelName]: ChannelSpec<z.ZodType, z.ZodType> };

type Contract = typeof contract;

/** What a caller passes (before defaults and transforms). */
export type RequestOf<C extends ChannelName> = z.input<Contract[C]['request']>;
/** What a handler receives: the request after validation. */
export type ParsedRequestOf<C extends ChannelName> = z.output<Contract[C]['request']>;
export type ResponseOf<C extends ChannelName> = z.output<Contract[C]['response']>;
