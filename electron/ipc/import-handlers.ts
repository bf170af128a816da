import { checkMeetingFile } from '../../shared/meetingfile/schema';
import { AppError } from '../../shared/ipc/result';
import { readImportFile } from '../services/import/read';
import { saveMeetingFile } from '../services/meetingfile/import';
import type { Db } from '../services/storage/database';
import type { Handlers } from './dispatch';

const BASE64 = /^[A-Za-z0-9+/]*={0,2}$/;

/** Reading earlier minutes for review, and saving the reviewed meeting. */
export function importHandlers(db: Db, clock: () => Date): Pick<Handlers, 'import:read' | 'import:save'> {
  return {
    'import:read': async ({ fileName, contentBase64 }) => {
      if (!BASE64.test(contentBase64)) throw new AppError('validation', 'Filen kunde inte tas emot. Försök igen.', 'contentBase64');
      return readImportFile(Buffer.from(contentBase64, 'base64'), fileName);
    },
    'import:save': ({ file, bodyId }) => {
      const checked = checkMeetingFile(file);
      if (!checked.ok) throw new AppError('validation', checked.message, checked.field || undefined);
      return saveMeetingFile(db, checked.file, bodyId, clock());
    },
  };
}
