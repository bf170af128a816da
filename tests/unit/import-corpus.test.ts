import { describe, expect, it } from 'vitest';
import { checkMeetingFile } from '../../shared/meetingfile/schema';
import { generateMinutes } from '../import-corpus/minutes';
import { printMinutes } from '../import-corpus/print';
import { DEV_SET, HELD_OUT } from '../import-corpus/sets';
import { writeMarkdown } from '../import-corpus/write-markdown';
import { writeText } from '../import-corpus/write-text';

/** The generator of the import corpus: valid truth, the same minutes for a seed, and the layouts the issue lists. */

const dev = DEV_SET.map((e) => generateMinutes(e.seed, e.options));

describe('the import corpus generator', () => {
  it('writes a valid meeting file as the truth of every document', () => {
    for (const m of [...dev, ...HELD_OUT.map((e) => generateMinutes(e.seed, e.options))]) {
      const check = checkMeetingFile(JSON.parse(JSON.stringify(m.truth)));
      expect(check.ok ? '' : `${m.name}: ${check.message}`).toBe('');
    }
  });

  it('gives the same minutes for the same seed', () => {
    expect(generateMinutes(7).truth).toEqual(generateMinutes(7).truth);
    expect(writeText(printMinutes(generateMinutes(7)))).toBe(writeText(printMinutes(generateMinutes(7))));
    expect(generateMinutes(7).truth).not.toEqual(generateMinutes(8).truth);
  });

  it('varies the development set over writers and layouts', () => {
    const seen = (pick: (l: (typeof dev)[number]['layout']) => unknown) => new Set(dev.map((m) => String(pick(m.layout))));
    expect(seen((l) => l.writer)).toEqual(new Set(['docx', 'libreoffice', 'pandoc', 'text']));
    expect(seen((l) => l.attendance)).toEqual(new Set(['lines', 'markers', 'blocks']));
    expect(seen((l) => l.dateForm)).toEqual(new Set(['long', 'iso', 'short']));
    for (const flag of ['pdf', 'numbered', 'summary', 'rosterTable', 'autoNumber', 'typeLines', 'standpointItalic', 'mixedLevels'] as const) {
      expect(seen((l) => l[flag]), flag).toEqual(new Set(['true', 'false']));
    }
    expect(seen((l) => l.standpoint)).toEqual(new Set(['afterPresenters', 'endOfItem']));
    expect(seen((l) => l.header)).toEqual(new Set(['lines', 'table']));
  });

  it('prints late arrival with a substitute, remote and excused people as real minutes do', () => {
    const seed = Array.from({ length: 200 }, (_, i) => i + 1).find((s) => {
      const m = generateMinutes(s, { layout: { writer: 'text', attendance: 'lines' } });
      return m.truth.meeting.calledPersons.some((p) => p.attendance.arrivedAt && p.attendance.substituteName);
    });
    expect(seed).toBeDefined();
    const m = generateMinutes(seed as number, { layout: { writer: 'text', attendance: 'lines' } });
    const text = writeText(printMinutes(m));
    const late = m.truth.meeting.calledPersons.find((p) => p.attendance.arrivedAt && p.attendance.substituteName);
    expect(text).toContain(`${late?.name} efter ${late?.attendance.arrivedAt} (${late?.attendance.substituteName} ersätter)`);
    expect(text).toMatch(/^1\. Mötets öppnande\na\) närvaro\/presentation\n(Med på länk|Förhinder|Frånvarande): /m);
  });

  it('writes Markdown that pandoc reads as the printed text, with tables as grid tables', () => {
    const m = generateMinutes(3, { layout: { writer: 'pandoc', attendance: 'blocks', header: 'table' } });
    const md = writeMarkdown(printMinutes(m));
    expect(md).toMatch(/^---\ntitle: "/);
    expect(md).toContain('| **Närvarande**');
    expect(md).toMatch(/^# 1\. Mötets öppnande$/m);
  });
});
