import { z } from 'zod';
import { itemKindSchema, type ItemKind } from '../../../shared/model/kinds';
import { standpointTemplateSchema, type StandpointTemplate } from '../../../shared/model/body';
import { DEFAULT_STANDPOINT_TEMPLATES } from '../../../shared/standpoints/templates';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { appendOrUpdateListRow, parseInput, parseStoredJson, prepared } from './sql';

/**
 * A body's standpoint phrases ("{organ formellt} noterar informationen."),
 * in the order the secretary keeps them. Every body starts with the
 * phrases of DOMAIN.md; after that they are hers to change.
 */

const kindsSchema = z.array(itemKindSchema);
const templateInputSchema = standpointTemplateSchema.pick({ label: true, text: true, kinds: true });
export type TemplateInput = z.input<typeof templateInputSchema> & { id?: number | undefined };

const BODY_NOT_FOUND = 'Organet finns inte.';
const TEMPLATE_NOT_FOUND = 'Mallen finns inte för det här organet.';

interface TemplateRow {
  id: number;
  bodyId: number;
  label: string;
  text: string;
  kindsJson: string;
  standing: StandpointTemplate['standing'];
  position: number;
}

/** Gives a new body the default phrases; called in the transaction that creates it. */
export function seedDefaultTemplates(db: Db, bodyId: number): void {
  const insert = prepared(
    db,
    `INSERT INTO standpoint_templates (body_id, position, label, text, kinds_json, standing)
     VALUES (?, ?, ?, ?, ?, ?)`,
  );
  DEFAULT_STANDPOINT_TEMPLATES.forEach((t, position) => {
    insert.run(bodyId, position, t.label, t.text, JSON.stringify(t.kinds), t.standing);
  });
}

export function listTemplates(db: Db, bodyId: number): StandpointTemplate[] {
  assertBodyExists(db, bodyId);
  return prepared<TemplateRow>(
    db,
    `SELECT id, body_id AS bodyId, label, text, kinds_json AS kindsJson, standing, position
       FROM standpoint_templates WHERE body_id = ? ORDER BY position, id`,
  )
    .all(bodyId)
    .map(toTemplate);
}

/**
 * Adds a phrase at the end of the body's list (no id) or changes one. A
 * standing phrase keeps its `standing` mark when edited: it still answers
 * the same standing item, only in the body's own words.
 */
export function saveTemplate(db: Db, bodyId: number, input: TemplateInput): StandpointTemplate {
  const template = parseInput(templateInputSchema, input);
  const values = { bodyId, label: template.label.trim(), text: template.text.trim(), kindsJson: JSON.stringify(template.kinds) };
  return db.transaction(() => {
    assertBodyExists(db, bodyId);
    const id = appendOrUpdateListRow(db, input.id, values, {
      lastPosition: 'SELECT max(position) AS position FROM standpoint_templates WHERE body_id = ?',
      listId: bodyId,
      insert: `INSERT INTO standpoint_templates (body_id, position, label, text, kinds_json, standing)
           VALUES (@bodyId, @position, @label, @text, @kindsJson, NULL)`,
      update: `UPDATE standpoint_templates SET label = @label, text = @text, kinds_json = @kindsJson
          WHERE id = @id AND body_id = @bodyId`,
      notFound: { message: TEMPLATE_NOT_FOUND, field: 'template.id' },
    });
    return templateOf(db, id);
  })();
}

/** Removes one of the body's phrases; false when it was not (or no longer) there. */
export function removeTemplate(db: Db, bodyId: number, templateId: number): boolean {
  return db.transaction(() => {
    assertBodyExists(db, bodyId);
    const removed =
      prepared(db, 'DELETE FROM standpoint_templates WHERE id = ? AND body_id = ?').run(templateId, bodyId).changes > 0;
    if (removed) {
      // Keep positions 0…n-1, so "at the end" and reordering stay simple.
      const ids = prepared<{ id: number }>(db, 'SELECT id FROM standpoint_templates WHERE body_id = ? ORDER BY position, id')
        .all(bodyId)
        .map((r) => r.id);
      const update = prepared(db, 'UPDATE standpoint_templates SET position = ? WHERE id = ?');
      ids.forEach((id, position) => update.run(position, id));
    }
    return removed;
  })();
}

function templateOf(db: Db, id: number): StandpointTemplate {
  const row = prepared<TemplateRow>(
    db,
    `SELECT id, body_id AS bodyId, label, text, kinds_json AS kindsJson, standing, position
       FROM standpoint_templates WHERE id = ?`,
  ).get(id);
  if (!row) throw new AppError('not_found', TEMPLATE_NOT_FOUND);
  return toTemplate(row);
}

function toTemplate(row: TemplateRow): StandpointTemplate {
  const kinds: ItemKind[] = parseStoredJson(kindsSchema, row.kindsJson, `Ärendetyperna för mallen "${row.label}"`);
  return { id: row.id, bodyId: row.bodyId, label: row.label, text: row.text, kinds, standing: row.standing, position: row.position };
}

function assertBodyExists(db: Db, id: number): void {
  if (!prepared(db, 'SELECT 1 FROM bodies WHERE id = ?').get(id)) throw new AppError('not_found', BODY_NOT_FOUND);
}
