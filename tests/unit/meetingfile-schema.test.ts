import { beforeAll, describe, expect, it } from 'vitest';
import { checkMeetingFile, exportMeetingFile, MEETING_FILE_FORMAT, meetingFileSchema } from '../../shared/meetingfile/schema';
import type { Body, Meeting } from '../../shared/model/domain';
import { demoMeetings } from './document-support';

let demo: { meeting: Meeting; body: Body }[];
beforeAll(() => {
  demo = demoMeetings();
});

function exported(index = 0): Record<string, unknown> {
  const { meeting, body } = demo[index] as { meeting: Meeting; body: Body };
  return JSON.parse(JSON.stringify(exportMeetingFile(meeting, body, new Date('2026-11-20T10:00:00Z')))) as Record<string, unknown>;
}

describe('exportMeetingFile', () => {
  it('writes the format header, the body settings and roster, and the meeting without ids', () => {
    const file = exported(0);
    expect(file.format).toBe(MEETING_FILE_FORMAT);
    expect(file.version).toBe(1);
    expect(file.exportedAt).toBe('2026-11-20T10:00:00.000Z');
    const text = JSON.stringify(file);
    expect(text).not.toMatch(/"(id|itemId|bodyId|parentId|position|notesRevision|updatedAt)":/);
    const parsed = meetingFileSchema.parse(file);
    expect(parsed.body.shortName).toBe('PSN');
    expect(parsed.body.sides.length).toBeGreaterThan(0);
    expect(parsed.meeting.status).toBe('approved');
    expect(parsed.meeting.reviewers[0]?.name).toBe('Birgitta Sjöholm');
    // Sub-items nest under their item, guests and tasks under theirs.
    const opening = parsed.meeting.agenda[0];
    expect(opening?.children.map((c) => c.title)).toEqual(['närvaro/presentation', 'övriga frågor']);
    expect(parsed.meeting.agenda.some((i) => i.guests.some((g) => g.name === 'Sofia Rask'))).toBe(true);
    expect(parsed.meeting.agenda[3]?.tasks.length).toBe(1);
    expect(parsed.meeting.calledPersons.some((p) => p.kind === 'guest')).toBe(false);
  });
});

describe('checkMeetingFile', () => {
  it('accepts an exported file', () => {
    for (let i = 0; i < 3; i++) expect(checkMeetingFile(exported(i)).ok).toBe(true);
  });

  it('names the wrong field in Swedish', () => {
    const file = exported(0) as { meeting: { agenda: { kind: string }[] } };
    (file.meeting.agenda[2] as { kind: string }).kind = 'omröstning';
    const result = checkMeetingFile(file);
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(result.field).toBe('meeting.agenda.2.kind');
    expect(result.message).toMatch(/^Mötesfilen är ogiltig: fältet "meeting\.agenda\.2\.kind" har ett otillåtet värde/);
  });

  it('says which field is missing, has the wrong type, or is not a date', () => {
    const missing = exported(0) as { meeting: Record<string, unknown> };
    delete missing.meeting.date;
    expect(checkMeetingFile(missing)).toMatchObject({ ok: false, field: 'meeting.date', message: 'Mötesfilen är ogiltig: fältet "meeting.date" saknas.' });

    const wrongType = exported(0) as { meeting: Record<string, unknown> };
    wrongType.meeting.title = 42;
    expect(checkMeetingFile(wrongType)).toMatchObject({ ok: false, field: 'meeting.title' });
    if (!checkMeetingFile(wrongType).ok) expect((checkMeetingFile(wrongType) as { message: string }).message).toContain('ska vara text');

    const badDate = exported(0) as { meeting: Record<string, unknown> };
    badDate.meeting.date = '2026-02-30';
    expect(checkMeetingFile(badDate)).toMatchObject({ ok: false, field: 'meeting.date' });

    expect(checkMeetingFile({ format: 'något annat' })).toMatchObject({ ok: false, field: 'format' });
    expect(checkMeetingFile([])).toMatchObject({ ok: false, field: '' });
  });

  it('refuses notes given both as Lexical JSON and as Markdown', () => {
    const file = exported(0) as { meeting: { agenda: Record<string, unknown>[] } };
    const item = file.meeting.agenda.findIndex((i) => i.notes !== null);
    (file.meeting.agenda[item] as Record<string, unknown>).notesMarkdown = '# Rubrik';
    expect(checkMeetingFile(file)).toMatchObject({ ok: false, field: `meeting.agenda.${item}.notesMarkdown` });
  });

  it('refuses unsafe links in the notes', () => {
    const file = exported(0) as { meeting: { agenda: Record<string, unknown>[] } };
    (file.meeting.agenda[0] as Record<string, unknown>).notes = {
      root: { type: 'root', children: [{ type: 'paragraph', children: [{ type: 'link', url: 'javascript:alert(1)', children: [] }] }] },
    };
    const result = checkMeetingFile(file);
    expect(result.ok).toBe(false);
    expect(result.ok ? '' : result.field).toMatch(/^meeting\.agenda\.0\.notes/);
  });
});
