import type { CalledPerson } from '../../../shared/model/called-person';
import { AppError } from '../../../shared/ipc/result';
import { matchTeamsParticipants } from '../../../shared/import/teams/match';
import { meetingWindow, remoteTimes, type MeetingWindow } from '../../../shared/import/teams/plan';
import { readTeamsReport } from '../../../shared/import/teams/report';
import type { TeamsMatchProposal, TeamsReport } from '../../../shared/import/teams/schema';
import { MAX_IMPORT_BYTES } from '../../../shared/import/source';
import type { Db } from '../storage/db';
import { getMeeting } from '../storage/meetings';
import { decodeReportBytes } from './decode';

/** A Teams report read for one meeting: nothing is written; the secretary confirms the matches first. */
export interface TeamsReading {
  report: TeamsReport;
  matches: TeamsMatchProposal[];
  /** Who could be chosen for a report person: the meeting's called persons, vacant seats left out. */
  called: CalledPerson[];
  window: MeetingWindow;
}

export function readTeamsForMeeting(db: Db, meetingId: number, bytes: Uint8Array): TeamsReading {
  const meeting = getMeeting(db, meetingId);
  if (bytes.length > MAX_IMPORT_BYTES) {
    throw new AppError('validation', 'Filen är för stor för att vara en närvarorapport från Teams. Välj rapportens CSV-fil.', 'contentBase64');
  }
  const text = decodeReportBytes(bytes);
  const read = readTeamsReport(text.includes('\u0000') ? '' : text);
  if (!read.ok) throw new AppError('validation', read.message, 'contentBase64');
  const { report } = read;
  const called = meeting.calledPersons.filter((p) => !p.vacant);
  const window = meetingWindow(meeting, report);
  const matches = matchTeamsParticipants(report.participants, called).map((m) => {
    const participant = report.participants[m.index]!;
    return { ...m, ...remoteTimes(window, participant.firstJoin, participant.lastLeave) };
  });
  return { report, matches, called, window };
}
