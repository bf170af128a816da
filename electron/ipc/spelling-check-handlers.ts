import { SpellCheck } from '../../shared/spelling/check';
import { knownWordsOf } from '../../shared/spelling/known';
import { meetingSpelling, type MeetingSpellingWord } from '../../shared/spelling/meeting-spelling';
import { loadSpeller, type LoadedSpeller } from '../services/spelling/engine';
import { getBody } from '../services/storage/bodies';
import { listBodyWords } from '../services/storage/body-words';
import type { Db } from '../services/storage/database';
import { getMeeting } from '../services/storage/meetings';
import { replaceWordInMeeting } from '../services/storage/spelling-replace';
import type { Handlers } from './dispatch';

type SpellingCheckChannels = 'spelling:check' | 'spelling:replace';

/** The host's Hunspell, loaded on the first whole-meeting check (about 200 ms) and kept for the next. */
export type SpellerProvider = () => Promise<LoadedSpeller>;

/** A provider that loads the engine once, when first asked; a failed load is tried again on the next ask. */
export function spellerProvider(load: () => Promise<LoadedSpeller> = () => loadSpeller()): SpellerProvider {
  let loading: Promise<LoadedSpeller> | null = null;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = null;
      throw error;
    });
    return loading;
  };
}

/** The whole meeting's check in main, with the names of the meeting and the body's word list as known words. */
export async function checkMeetingSpelling(db: Db, speller: SpellerProvider, meetingId: number): Promise<MeetingSpellingWord[]> {
  const meeting = getMeeting(db, meetingId);
  const body = getBody(db, meeting.bodyId);
  const engine = await speller();
  // Read again after the wait: the first load takes a moment, and the list must be of the meeting as it is now.
  const now = getMeeting(db, meetingId);
  const check = new SpellCheck(engine, [...knownWordsOf(now, body), ...listBodyWords(db, body.id)]);
  return meetingSpelling(now, check, engine);
}

/** "Stavningskontroll" before export: the check, and "Ersätt" / "Ersätt alla". */
export function spellingCheckHandlers(db: Db, clock: () => Date, speller: SpellerProvider): Pick<Handlers, SpellingCheckChannels> {
  return {
    'spelling:check': async ({ meetingId }) => ({ words: await checkMeetingSpelling(db, speller, meetingId) }),
    'spelling:replace': async ({ meetingId, word, replacement, scope }) => {
      // The engine first: once it is loaded, the write and the new list follow without a wait between them.
      await speller();
      const { replaced } = replaceWordInMeeting(db, meetingId, word, replacement, scope, clock().toISOString());
      return { replaced, words: await checkMeetingSpelling(db, speller, meetingId) };
    },
  };
}
