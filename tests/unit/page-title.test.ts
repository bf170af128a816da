import { describe, expect, it } from 'vitest';
import { meetingSubject, pageTitle } from '../../renderer/app/pageTitle';

describe('the window title of each view', () => {
  it('names the view, then the meeting, then the app', () => {
    expect(pageTitle('Närvaro', meetingSubject({ date: '2026-12-03' }, { shortName: 'PSN' }))).toBe('Närvaro – PSN 3 december 2026 – Anteckna');
  });

  it('leaves out what is not loaded yet or has no name', () => {
    expect(pageTitle('Närvaro', null)).toBe('Närvaro – Anteckna');
    expect(pageTitle()).toBe('Anteckna');
    expect(meetingSubject({ date: '2026-11-12' }, null)).toBe('12 november 2026');
    expect(pageTitle(' ', meetingSubject({ date: '2026-11-12' }, { shortName: ' LGS-N ' }))).toBe('LGS-N 12 november 2026 – Anteckna');
  });
});
