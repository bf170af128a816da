import { z } from 'zod';
import { idSchema } from '../model/values';
import { itemAttachmentSchema } from '../model/invitation';
import { MAX_ATTACHMENT_BASE64, attachmentFileName, attachmentTooLargeMessage } from '../attachments/types';
import type { ChannelName } from './channels';
import { VERIFY_MAX_BYTES } from './contract-archive';

/**
 * The channels of the files attached to agenda items (bilagor) and of the
 * meeting's handlingar (the kallelse with every PDF bilaga, as one PDF).
 */

const attachmentRef = { meetingId: idSchema, attachmentId: idSchema };

/** What `export:handlingar` left out, by file name, and why in words for the secretary. */
export const skippedAttachmentSchema = z.object({ fileName: z.string(), reason: z.string() });
export type SkippedAttachment = z.infer<typeof skippedAttachmentSchema>;

export const attachmentsContract = {
  /**
   * Attaches a file to an item. Its length is checked before a byte is
   * decoded, so a huge file is refused at once, naming the file.
   */
  'attachments:add': {
    request: z
      .strictObject({ meetingId: idSchema, itemId: idSchema, fileName: z.string().max(4096), contentBase64: z.string() })
      .superRefine((request, context) => {
        if (request.contentBase64.length > MAX_ATTACHMENT_BASE64) {
          context.addIssue({ code: 'custom', path: ['contentBase64'], message: attachmentTooLargeMessage(attachmentFileName(request.fileName)) });
        }
      }),
    response: itemAttachmentSchema,
    writes: true,
  },
  'attachments:remove': {
    request: z.strictObject(attachmentRef),
    response: z.object({ removed: itemAttachmentSchema }),
    writes: true,
  },
  /** One place up or down in the item's list; the meeting's attachments after the move. */
  'attachments:move': {
    request: z.strictObject({ ...attachmentRef, direction: z.enum(['up', 'down']) }),
    response: z.array(itemAttachmentSchema),
    writes: true,
  },
  /**
   * Writes the file to the host's folder of bilagor and opens it with the
   * system's program; `opened: false` where the host cannot (browser host).
   */
  'attachments:open': {
    request: z.strictObject(attachmentRef),
    response: z.object({ opened: z.boolean(), path: z.string() }),
    writes: false,
  },
  /** The file's bytes, for a download where the host cannot open programs. */
  'attachments:get': {
    request: z.strictObject(attachmentRef),
    response: z.object({ fileName: z.string(), mediaType: z.string(), contentBase64: z.string() }),
    writes: false,
  },
  /** Writes the handlingar (kallelse + PDF bilagor) to the export folder; `skipped` says which files are not in it. */
  'export:handlingar': {
    request: z.strictObject({ meetingId: idSchema, overwrite: z.boolean() }),
    response: z.object({
      path: z.string(),
      fileName: z.string(),
      bytes: z.number().int().nonnegative(),
      skipped: z.array(skippedAttachmentSchema),
    }),
    writes: false,
  },
} as const;

/** Requests larger than the host's usual limit that a channel must be able to take: a bilaga of up to 50 MB, a PDF to check of up to 100 MB. */
export const LARGE_REQUEST_BYTES: Partial<Record<ChannelName, number>> = {
  'attachments:add': MAX_ATTACHMENT_BASE64 + 64 * 1024,
  'archive:verify': Math.ceil(VERIFY_MAX_BYTES / 3) * 4 + 64 * 1024,
};
