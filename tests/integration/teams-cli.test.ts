import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { closeDatabase } from '../../electron/services/storage/database';
import { openApp } from './app-support';
import { liveMeeting } from './attendance-support';
import { freshCliFolderPerTest, runCli } from './cli-support';
import { swedishReport, utf16 } from '../unit/teams-reports';

// `anteckna teams`: a Teams attendance report matched to a meeting, as JSON; --apply marks the confident ones.

const testFolder = freshCliFolderPerTest('anteckna-cli-teams-');
const day = (time: string) => `2026-11-12 ${time}`;

/** The live meeting's database, and its Teams report saved as Teams saves it. */
async function setUp(): Promise<{ db: string; report: string; meetingId: number }> {
  const { app, meeting } = await liveMeeting();
  closeDatabase(app.db);
  const report = join(testFolder.dir, 'Närvarorapport.csv');
  const text = swedishReport({ title: 'Styrgrupp SGS', start: day('13:00:00'), end: day('15:00:00') }, [
    { name: 'Ås Tilda (VGR)', join: day('12:58:00'), leave: day('15:00:00') },
    { name: 'T. Ås (mobil)', join: day('13:40:00'), leave: day('13:50:00') },
    { name: 'Öst Karl | Region Strandby', join: day('13:31:00'), leave: day('15:00:00') },
    { name: 'Lindkvist Hans', join: day('13:00:00'), leave: day('14:00:00') },
  ]);
  writeFileSync(report, utf16(text));
  return { db: app.path, report, meetingId: meeting.id };
}

interface Printed {
  meetingId: number;
  report: { title: string; format: string };
  matches: { reportName: string; calledName: string | null; confident: boolean; conflict: string | null; arrivedAt: string | null }[];
  applied?: { marked: { name: string; status: string; arrivedAt: string | null }[] };
}

async function teams(args: string[]): Promise<Printed> {
  const run = await runCli(['teams', ...args], testFolder.env);
  expect(run.stderr).toBe('');
  expect(run.code).toBe(0);
  return JSON.parse(run.stdout) as Printed;
}

describe('anteckna teams', () => {
  it('prints each report person with the called person, whether confident, conflicts and times, and changes nothing', async () => {
    const { db, report, meetingId } = await setUp();
    const printed = await teams(['--db', db, '--meeting', String(meetingId), '--file', report]);
    expect(printed.report).toMatchObject({ title: 'Styrgrupp SGS', format: 'participants' });
    expect(printed.matches.map((m) => [m.reportName, m.calledName, m.confident, m.arrivedAt])).toEqual([
      ['Ås Tilda (VGR)', 'Tilda Ås', true, null],
      ['Lindkvist Hans', null, false, null],
      ['Öst Karl | Region Strandby', 'Karl Öst', true, '13.31'],
      ['T. Ås (mobil)', null, false, '13.40'],
    ]);
    expect(printed.matches[3]?.conflict).toBe('Tilda Ås är redan föreslagen för Ås Tilda (VGR), som liknar mer. Välj själv om det är samma person.');
    const stored = await openApp(undefined, db).ok('meetings:get', { id: meetingId });
    expect(stored.calledPersons.every((p) => p.attendance.status === 'unmarked')).toBe(true);
  });

  it('--apply marks the confident matches on the link and prints what changed', async () => {
    const { db, report, meetingId } = await setUp();
    const printed = await teams(['--db', db, '--meeting', String(meetingId), '--file', report, '--apply']);
    expect(printed.applied?.marked.map((p) => [p.name, p.status, p.arrivedAt])).toEqual([
      ['Tilda Ås', 'remote', null],
      ['Karl Öst', 'remote', '13.31'],
    ]);
    const app = openApp(undefined, db);
    const stored = await app.ok('meetings:get', { id: meetingId });
    expect(stored.calledPersons.filter((p) => p.attendance.status === 'remote').map((p) => p.name)).toEqual(['Tilda Ås', 'Karl Öst']);
    // One step for Undo.
    await app.ok('attendance:undo', { meetingId });
    expect((await app.ok('meetings:get', { id: meetingId })).calledPersons.every((p) => p.attendance.status === 'unmarked')).toBe(true);
  });

  it('says in Swedish what is wrong with the file, and wrong use', async () => {
    const { db, meetingId } = await setUp();
    const notes = join(testFolder.dir, 'anteckningar.txt');
    writeFileSync(notes, 'Mötesanteckning\n1. Mötets öppnande\n');
    const run = await runCli(['teams', '--db', db, '--meeting', String(meetingId), '--file', notes], testFolder.env);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('Filen ser inte ut som en närvarorapport från Teams.');
    expect(run.stdout).toBe('');
    const missing = await runCli(['teams', '--db', db, '--file', notes], testFolder.env);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('Ange --meeting ID.');
  });
});
