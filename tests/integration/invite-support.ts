import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach } from 'vitest';
import { PDFDocument } from 'pdf-lib';
import { dispatch } from '../../electron/ipc/dispatch';
import { inviteHandlers } from '../../electron/ipc/invite-handlers';
import type { ExporterDeps } from '../../electron/ipc/export-handlers';
import { meetingHeaderOf } from '../../shared/model/meeting';
import type { IpcResult } from '../../shared/ipc/result';
import type { RequestOf, ResponseOf } from '../../shared/ipc/contract';
import { openApp, settings, type TestApp } from './app-support';

/** A meeting ready to invite to, the invitation channels with a fixed kallelse PDF, and the .eml read back by Python. */

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

export interface ParsedEml {
  unsent: string | null;
  subject: string;
  rawSubject: string;
  from: { name: string; email: string }[];
  to: { name: string; email: string }[];
  text: string | null;
  attachments: { fileName: string; contentType: string; sha256: string }[];
  calendar: {
    partMethod: string;
    sha256: string;
    method: string;
    events: {
      uid: string;
      sequence: number;
      status: string;
      start: string;
      organizer: { cn: string; email: string } | null;
      attendees: { cn: string; email: string }[];
    }[];
  } | null;
}

/** The .eml as Python's email package (policy.default) and python3-icalendar read it. */
export function readEml(path: string): ParsedEml {
  return JSON.parse(execFileSync('/usr/bin/python3', [join(__dirname, 'eml-check.py'), path], { encoding: 'utf8' })) as ParsedEml;
}

export function sha256(bytes: Uint8Array | string): string {
  return createHash('sha256').update(bytes).digest('hex');
}

/** A small real PDF standing in for the kallelse. */
export async function smallPdf(text: string): Promise<Uint8Array> {
  const doc = await PDFDocument.create();
  doc.setTitle(text);
  doc.addPage().drawText(text.replace(/[^\x20-\x7e]/g, '?'));
  return doc.save();
}

export interface InviteApp extends TestApp {
  exportDir: string;
  opened: string[];
  kallelse: Uint8Array;
  meetingId: number;
  bodyId: number;
  invite<C extends 'invite:write' | 'meetings:cancel'>(channel: C, request: RequestOf<C>): Promise<IpcResult<ResponseOf<C>>>;
}

export const SECRETARY_EMAIL = 'sekreterare@samverkan.example';

/**
 * A new meeting of a new body on 21 January 2027: three members with
 * addresses (Swedish names), a vacant seat, and the secretary's address set.
 */
export async function inviteApp(options: { openPath?: boolean } = {}): Promise<InviteApp> {
  const app = openApp(new Date(2026, 10, 12, 13, 0));
  const exportDir = mkdtempSync(join(tmpdir(), 'anteckna-invite-'));
  dirs.push(exportDir);
  const body = await app.ok('bodies:create', {
    settings: settings({ secretaryEmail: SECRETARY_EMAIL }),
  });
  const member = (name: string, email: string) => ({ name, party: '', organisation: '', title: '', role: 'ledamot' as const, vacant: false, email });
  await app.ok('roster:save', {
    bodyId: body.id,
    sides: [
      {
        name: '',
        categories: [
          {
            name: 'Ledamöter',
            members: [
              member('Åsa Öberg', 'asa.oberg@region.example'),
              member('Björn Ärlig', 'bjorn.arlig@kommun.example'),
              member('Märta Lund', 'marta.lund@kommun.example'),
              { name: '', party: '', organisation: '', title: '', role: 'ledamot' as const, vacant: true, email: '' },
            ],
          },
        ],
      },
    ],
  });
  const { id: meetingId } = await app.ok('meetings:createFromBody', { bodyId: body.id, date: '2027-01-21' });
  const meeting = await app.ok('meetings:get', { id: meetingId });
  await app.ok('meetings:updateHeader', {
    id: meetingId,
    header: { ...meetingHeaderOf(meeting), startTime: '13.00', endTime: '15.00', place: 'Stationshuset, Strandvik', secretaryName: 'Frida Hellström' },
  });
  const kallelse = await smallPdf('Kallelse SGS 2027-01-21');
  const opened: string[] = [];
  const exporter: ExporterDeps = {
    printPdf: () => Promise.reject(new Error('not used: the kallelse is given')),
    exportDir,
    showInFolder: () => false,
    openPath: (path) => {
      opened.push(path);
      return Promise.resolve(options.openPath ?? true);
    },
  };
  const handlers = { ...inviteHandlers(app.db, exporter, () => app.now.value, () => Promise.resolve(kallelse)) };
  const invite: InviteApp['invite'] = async (channel, request) =>
    (await dispatch(handlers as never, channel, request, { host: 'cli' }, { validateResponses: true })) as never;
  return { ...app, exportDir, opened, kallelse, meetingId, bodyId: body.id, invite };
}
