import type { Body } from '../../../shared/model/body';
import { rosterInputSchema, type RosterSideInput } from '../../../shared/model/roster';
import { AppError } from '../../../shared/ipc/result';
import type { Db } from './db';
import { assertBodyExists, getBody, memberInsert, touchBody } from './bodies';
import { bit, parseInput, prepared } from './sql';

/**
 * Saves the whole ordered roster of a body in one transaction: entries that
 * came with an id keep it (and may move to another category or side of the
 * same body), entries without one are added, entries left out are removed,
 * and positions follow the array order. An id that does not belong to this
 * body is refused and nothing changes. Meetings keep their own copy of who
 * was called, so this never touches a meeting.
 */
export function saveRoster(db: Db, bodyId: number, input: readonly RosterSideInput[], at: string): Body {
  const sides = parseInput(rosterInputSchema, input);

  // Vacant seats have no name; everyone else needs one.
  sides.forEach((side, s) =>
    side.categories.forEach((category, c) =>
      category.members.forEach((member, m) => {
        if (!member.vacant && member.name.trim() === '') {
          throw new AppError(
            'validation',
            `Ledamot ${m + 1} i kategorin "${category.name.trim()}" saknar namn. Skriv ett namn eller markera platsen som vakant.`,
            `sides.${s}.categories.${c}.members.${m}.name`,
          );
        }
      }),
    ),
  );

  db.transaction(() => {
    assertBodyExists(db, bodyId);
    const ownSides = idSet(db, 'SELECT id FROM sides WHERE body_id = ?', bodyId);
    const ownCategories = idSet(
      db,
      'SELECT c.id FROM categories c JOIN sides s ON s.id = c.side_id WHERE s.body_id = ?',
      bodyId,
    );
    const ownMembers = idSet(
      db,
      `SELECT m.id FROM members m JOIN categories c ON c.id = m.category_id JOIN sides s ON s.id = c.side_id
        WHERE s.body_id = ?`,
      bodyId,
    );
    const keptSides = new Set<number>();
    const keptCategories = new Set<number>();
    const keptMembers = new Set<number>();

    const claim = (id: number, own: Set<number>, kept: Set<number>, field: string, what: string) => {
      if (!own.has(id)) {
        throw new AppError('validation', `${what} hör inte till det här organet. Ladda om och försök igen.`, field);
      }
      if (kept.has(id)) {
        throw new AppError('validation', `${what} förekommer två gånger i listan.`, field);
      }
      kept.add(id);
    };

    const insertSide = prepared(db, 'INSERT INTO sides (body_id, position, name) VALUES (?, ?, ?)');
    const updateSide = prepared(db, 'UPDATE sides SET position = ?, name = ? WHERE id = ?');
    const insertCategory = prepared(db, 'INSERT INTO categories (side_id, position, name) VALUES (?, ?, ?)');
    const updateCategory = prepared(db, 'UPDATE categories SET side_id = ?, position = ?, name = ? WHERE id = ?');
    const insertMember = memberInsert(db);
    const updateMember = prepared(
      db,
      `UPDATE members SET category_id = @categoryId, position = @position, name = @name, party = @party,
         organisation = @organisation, title = @title, role = @role, vacant = @vacant, email = @email
       WHERE id = @id`,
    );

    sides.forEach((side, s) => {
      let sideId: number;
      if (side.id === undefined) {
        sideId = Number(insertSide.run(bodyId, s, side.name.trim()).lastInsertRowid);
      } else {
        claim(side.id, ownSides, keptSides, `sides.${s}.id`, `Sidan "${side.name.trim()}"`);
        sideId = side.id;
        updateSide.run(s, side.name.trim(), sideId);
      }
      side.categories.forEach((category, c) => {
        let categoryId: number;
        if (category.id === undefined) {
          categoryId = Number(insertCategory.run(sideId, c, category.name.trim()).lastInsertRowid);
        } else {
          claim(category.id, ownCategories, keptCategories, `sides.${s}.categories.${c}.id`, `Kategorin "${category.name.trim()}"`);
          categoryId = category.id;
          updateCategory.run(sideId, c, category.name.trim(), categoryId);
        }
        category.members.forEach((member, m) => {
          const values = {
            categoryId,
            position: m,
            name: member.name.trim(),
            party: member.party.trim(),
            organisation: member.organisation.trim(),
            title: member.title.trim(),
            role: member.role,
            vacant: bit(member.vacant),
            email: member.vacant ? '' : member.email,
          };
          if (member.id === undefined) {
            insertMember.run(values);
          } else {
            const label = member.vacant ? 'En vakant plats' : `Ledamoten ${member.name.trim()}`;
            claim(member.id, ownMembers, keptMembers, `sides.${s}.categories.${c}.members.${m}.id`, label);
            updateMember.run({ ...values, id: member.id });
          }
        });
      });
    });

    // Everything that moved has moved; what is left over was removed in the editor.
    const deleteMember = prepared(db, 'DELETE FROM members WHERE id = ?');
    const deleteCategory = prepared(db, 'DELETE FROM categories WHERE id = ?');
    const deleteSide = prepared(db, 'DELETE FROM sides WHERE id = ?');
    for (const id of ownMembers) if (!keptMembers.has(id)) deleteMember.run(id);
    for (const id of ownCategories) if (!keptCategories.has(id)) deleteCategory.run(id);
    for (const id of ownSides) if (!keptSides.has(id)) deleteSide.run(id);
    touchBody(db, bodyId, at);
  })();
  return getBody(db, bodyId);
}

function idSet(db: Db, source: string, bodyId: number): Set<number> {
  return new Set(prepared<{ id: number }>(db, source).all(bodyId).map((row) => row.id));
}
