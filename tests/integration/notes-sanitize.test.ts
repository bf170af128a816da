import { describe, expect, it } from 'vitest';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { importMeetingFile } from '../../electron/services/meetingfile/import';
import { exportMeetingFile } from '../../shared/meetingfile/schema';
import { link, notes, paragraph, text } from '../../shared/notes/build';
import { openApp } from './app-support';

// Notes that reach storage through a crafted save or a meeting file keep
// their words, never their CSS.

/** A link that, were its CSS kept, would cover the whole window with a fake prompt. */
const overlayLink = {
  ...link('https://example.org/', 'Fortsätt'),
  target: '_blank',
  title: 'Logga in igen',
  children: [{ ...text('Fortsätt'), style: 'position:fixed;inset:0;z-index:99' }],
};
const overlay = notes({ ...paragraph(overlayLink), textStyle: 'position:fixed;inset:0' });

describe('notes keep their words, never their CSS', () => {
  it('a crafted notes:save is stored without style, target or title', async () => {
    const app = openApp();
    seedDemo(app.db, new Date());
    const meeting = await app.ok('meetings:get', { id: (await app.ok('meetings:list', {}))[0]!.id });
    const item = meeting.agenda[0]!;
    await app.ok('notes:save', { meetingId: meeting.id, itemId: item.id, notes: overlay as never });
    const stored = JSON.stringify((await app.ok('meetings:get', { id: meeting.id })).agenda[0]!.notes);
    expect(stored).toContain('Fortsätt');
    expect(stored).not.toMatch(/position|inset|z-index|_blank|Logga in igen/);
  });

  it('a meeting file with styled notes is imported without the style', async () => {
    const app = openApp();
    seedDemo(app.db, new Date());
    const meeting = await app.ok('meetings:get', { id: (await app.ok('meetings:list', {}))[0]!.id });
    const body = await app.ok('bodies:get', { id: meeting.bodyId });
    const file = exportMeetingFile(meeting, body);
    (file.meeting.agenda[0] as { notes: unknown }).notes = overlay;
    const { meetingId } = importMeetingFile(app.db, JSON.stringify(file), new Date());
    const stored = JSON.stringify((await app.ok('meetings:get', { id: meetingId })).agenda[0]!.notes);
    expect(stored).toContain('Fortsätt');
    expect(stored).not.toMatch(/position|z-index|_blank|Logga in igen/);
  });
});
