import { describe, expect, it } from 'vitest';
import { DEFAULT_STANDPOINT_TEMPLATES, fillTemplate } from '../../shared/standpoints/templates';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { bodyWithRoster, openApp, refusedAt, settings } from './app-support';

/** A body's standpoint phrases ("mallar"), through the handler table on a real database file. */

describe('standpoint templates', () => {
  it('gives a new body the default phrases, in order, with the standing ones marked', async () => {
    const app = openApp();
    const body = await app.ok('bodies:create', { settings: settings() });
    const templates = await app.ok('templates:list', { bodyId: body.id });
    expect(templates.map((t) => [t.label, t.text, t.kinds, t.standing])).toEqual(
      DEFAULT_STANDPOINT_TEMPLATES.map((t) => [t.label, t.text, t.kinds, t.standing]),
    );
    expect(templates.map((t) => t.position)).toEqual(templates.map((_, i) => i));
    expect(templates.every((t) => t.bodyId === body.id)).toBe(true);

    // Filled from the body, a phrase reads as in real minutes.
    const first = templates[0]!;
    expect(fillTemplate(first.text, { shortName: 'SGS', formalName: 'Styrgruppen SGS', nameForm: 'common', definiteName: '', nextMeetingDate: null, group: '' }).text).toBe(
      'Styrgruppen SGS noterar informationen.',
    );
  });

  it('gives the demo bodies their phrases too', async () => {
    const app = openApp();
    const seeded = seedDemo(app.db, new Date());
    for (const body of seeded.bodies) {
      expect((await app.ok('templates:list', { bodyId: body.id })).length).toBe(DEFAULT_STANDPOINT_TEMPLATES.length);
    }
  });

  it('adds a phrase at the end, edits and removes phrases, and keeps each body to its own', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const otherId = await bodyWithRoster(app, { name: 'Ledningsgrupp för samverkan', shortName: 'LGS' });
    const before = await app.ok('templates:list', { bodyId });

    const added = await app.ok('templates:save', {
      bodyId,
      template: { label: 'Noterar med justering', text: '{organ} noterar informationen med justering att', kinds: ['information'] },
    });
    expect(added).toMatchObject({ bodyId, position: before.length, standing: null, label: 'Noterar med justering' });

    const edited = await app.ok('templates:save', {
      bodyId,
      template: { id: added.id, label: 'Noterar, med justering', text: '{organ} noterar informationen med justering att …', kinds: ['information', 'dialog'] },
    });
    expect(edited).toEqual({ ...added, label: 'Noterar, med justering', text: '{organ} noterar informationen med justering att …', kinds: ['information', 'dialog'] });

    const removedFirst = before[0]!;
    expect(await app.ok('templates:remove', { bodyId, templateId: removedFirst.id })).toEqual({ removed: true });
    expect(await app.ok('templates:remove', { bodyId, templateId: removedFirst.id })).toEqual({ removed: false });

    const after = await app.ok('templates:list', { bodyId });
    expect(after.map((t) => t.label)).toEqual([...before.slice(1).map((t) => t.label), 'Noterar, med justering']);
    expect(after.map((t) => t.position)).toEqual(after.map((_, i) => i));

    // The other body's phrases are untouched, and cannot be changed through this body.
    const theirs = await app.ok('templates:list', { bodyId: otherId });
    expect(theirs.length).toBe(DEFAULT_STANDPOINT_TEMPLATES.length);
    expect(await app.fails('templates:save', { bodyId, template: { id: theirs[0]!.id, label: 'X', text: 'Y', kinds: [] } })).toEqual({
      code: 'not_found',
      message: 'Mallen finns inte för det här organet.',
      field: 'template.id',
    });
    expect(await app.ok('templates:remove', { bodyId, templateId: theirs[0]!.id })).toEqual({ removed: false });
    expect(await app.ok('templates:list', { bodyId: otherId })).toEqual(theirs);
  });

  it("lets the secretary reword a standing phrase, which still answers its standing item", async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const agenda = (await app.ok('templates:list', { bodyId })).find((t) => t.standing === 'agendaApproved')!;
    const reworded = await app.ok('templates:save', {
      bodyId,
      template: { id: agenda.id, label: 'Agendan godkänd', text: 'Dagordningen godkändes.', kinds: ['other'] },
    });
    expect(reworded).toMatchObject({ id: agenda.id, standing: 'agendaApproved', text: 'Dagordningen godkändes.', position: agenda.position });
  });

  it('refuses a phrase without a name or text, and an unknown body, in Swedish', async () => {
    const app = openApp();
    const bodyId = await bodyWithRoster(app);
    const before = await app.ok('templates:list', { bodyId });
    expect(await app.fails('templates:save', { bodyId, template: { label: ' ', text: 'Text', kinds: [] } })).toEqual(
      refusedAt('template.label', 'Mallen behöver ett namn.'),
    );
    expect(await app.fails('templates:save', { bodyId, template: { label: 'Namn', text: '', kinds: [] } })).toMatchObject({
      code: 'validation',
      field: 'template.text',
    });
    expect(await app.fails('templates:list', { bodyId: 999 })).toEqual({ code: 'not_found', message: 'Organet finns inte.' });
    expect(await app.ok('templates:list', { bodyId })).toEqual(before);
  });
});
