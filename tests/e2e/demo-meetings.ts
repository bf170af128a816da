import type { RunningApp } from './fixtures';

/** The PSN meeting that is coming up in the demo: an agenda, a called list, and only two apologies so far. */
export async function upcomingPsn(app: RunningApp) {
  const body = app.bodies.find((b) => b.shortName === 'PSN');
  const summary = app.meetings.find((m) => m.bodyId === body?.id && m.status === 'draft');
  if (!body || !summary) throw new Error('Demodatan saknar PSN:s kommande möte.');
  const meeting = await app.api('meetings:get', { id: summary.id });
  const members = meeting.calledPersons
    .filter((p) => p.kind === 'member' && !p.vacant)
    .sort((a, b) => a.position - b.position || a.id - b.id);
  return { body, summary, meeting, members };
}
