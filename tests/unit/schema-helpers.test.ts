import { describe, expect, it } from 'vitest';
import { isOneOf } from '../../shared/ipc/names';
import { CHANNEL_NAMES } from '../../shared/ipc/channels';
import { bodySettingsOf } from '../../shared/model/body';
import { fieldsOf } from '../../shared/model/fields';
import { meetingHeaderOf, meetingHeaderSchema } from '../../shared/model/meeting';
import { roleLabel } from '../../shared/format/labels';
import type { Role } from '../../shared/model/kinds';
import { demoBodies } from '../../electron/services/demo/demo-data';

describe('fieldsOf and the narrowings built on it', () => {
  it('keeps exactly the fields the schema names, in its order', () => {
    const header = {
      title: 'Samrådsorganet',
      subtitle: '',
      date: '2026-12-03',
      startTime: '13.00',
      endTime: '15.00',
      meetingForm: 'På plats',
      place: 'Regionens hus',
      calledText: '',
      diaryNumber: 'RS 2026-1',
      secretaryName: 'Eva Berg',
      meetingLink: '',
    };
    const meeting = { ...header, id: 7, status: 'draft', agenda: [] };
    expect(meetingHeaderOf(meeting)).toEqual(header);
    expect(Object.keys(fieldsOf(meetingHeaderSchema, meeting))).toEqual(Object.keys(meetingHeaderSchema.shape));
  });

  it('takes a body’s settings without its roster, dates or standing items', () => {
    const body = demoBodies()[0]!;
    const settings = bodySettingsOf({ definiteName: '', numberedItems: true, agendaHeading: true, personDetailOrder: 'organisationTitle', markerPlacement: 'afterName', nameForm: 'common', minutesPageUrl: '', minutesFilePattern: '', secretaryEmail: '', kallelseTitle: 'Kallelse', absenceInstruction: '', ...body });
    expect(settings).not.toHaveProperty('sides');
    expect(settings).not.toHaveProperty('plannedDates');
    expect(settings).not.toHaveProperty('standingItems');
    expect(settings.shortName).toBe(body.shortName);
  });
});

describe('isOneOf', () => {
  it('accepts a name of the list and refuses anything else', () => {
    expect(isOneOf(CHANNEL_NAMES, 'bodies:list')).toBe(true);
    expect(isOneOf(CHANNEL_NAMES, 'bodies:drop')).toBe(false);
    expect(isOneOf(CHANNEL_NAMES, 42)).toBe(false);
    expect(isOneOf(CHANNEL_NAMES, 'toString')).toBe(false);
  });
});

describe('label tables', () => {
  it('fail loudly on a value outside the closed list', () => {
    expect(roleLabel('adjungerad')).toBe('adj.');
    expect(() => roleLabel('toString' as Role)).toThrow('Unhandled value');
  });
});
