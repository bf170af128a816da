import { knownWordsOf } from '../../shared/spelling/known';
import { getBody } from '../services/storage/bodies';
import { addBodyWord, listBodyWords, removeBodyWord } from '../services/storage/body-words';
import type { Db } from '../services/storage/database';
import { getMeeting } from '../services/storage/meetings';
import type { Handlers } from './dispatch';

type SpellingChannels = 'spelling:context' | 'spelling:bodyWords' | 'spelling:addWord' | 'spelling:removeWord';

/** The words a meeting may use and the body's own word list. */
export function spellingHandlers(db: Db, clock: () => Date): Pick<Handlers, SpellingChannels> {
  return {
    'spelling:context': ({ meetingId }) => {
      const meeting = getMeeting(db, meetingId);
      const body = getBody(db, meeting.bodyId);
      return { bodyId: body.id, knownWords: knownWordsOf(meeting, body), bodyWords: listBodyWords(db, body.id) };
    },
    'spelling:bodyWords': ({ bodyId }) => ({ words: listBodyWords(db, bodyId) }),
    'spelling:addWord': ({ bodyId, word }) => ({ words: addBodyWord(db, bodyId, word, clock().toISOString()) }),
    'spelling:removeWord': ({ bodyId, word }) => ({ words: removeBodyWord(db, bodyId, word) }),
  };
}
