import type { CalledPerson } from '../../shared/model/called-person';
import type { Meeting } from '../../shared/model/meeting';
import { bodyWithRoster, openApp, type TestApp } from './app-support';

/** A meeting on 12 November 2026, the roster of app-support called; the clock at 13.00 local time. */
export async function liveMeeting(): Promise<{ app: TestApp; meeting: Meeting; person: (name: string) => CalledPerson }> {
  const app = openApp(new Date(2026, 10, 12, 13, 0));
  const bodyId = await bodyWithRoster(app);
  const { id } = await app.ok('meetings:createFromBody', { bodyId, date: '2026-11-12' });
  const meeting = await app.ok('meetings:get', { id });
  const person = (name: string) => {
    const found = meeting.calledPersons.find((p) => p.name === name);
    if (!found) throw new Error(`${name} är inte kallad`);
    return found;
  };
  return { app, meeting, person };
}

