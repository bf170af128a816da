import { AppError } from '../../shared/ipc/result';

/** TEMPORARY (issue 22 in progress): a channel whose handler is being written. Removed before the issue lands. */
export function notYet(): never {
  throw new AppError('internal', 'Den här delen är inte klar ännu.');
}
