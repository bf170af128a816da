import { z } from 'zod';

export const ERROR_CODES = [
  'validation',
  'not_found',
  'conflict',
  'frozen',
  'storage',
  'forbidden',
  'internal',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const ipcErrorSchema = z.object({
  code: z.enum(ERROR_CODES),
  /** A sentence in Swedish that can be shown to the secretary as it is. */
  message: z.string(),
  /** The payload field the message is about, as a dotted path. */
  field: z.string().optional(),
});
export type IpcError = z.infer<typeof ipcErrorSchema>;

export type IpcResult<T> = { ok: true; value: T } | { ok: false; error: IpcError };

/** Thrown by services and handlers; turned into `{ ok: false, error }` at the boundary. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'AppError';
  }

  toIpcError(): IpcError {
    return this.field === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, field: this.field };
  }
}
