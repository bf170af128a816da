import type { Db } from '../db';
import type { Migration } from './migration';

export const attendanceTimesBodyLayoutStandingItems: Migration = {
  version: 5,
  name: 'Närvaro med tider och ersättare, organets layout och stående punkter, mötets slut',
  up(db) {
    db.exec(`
        -- Attendance is a status plus optional times and substitute: "delvis"
        -- becomes present with its times, "ersättare" becomes away with the
        -- substitute. The old values stay allowed by the CHECK (SQLite cannot
        -- change it) but are no longer written.
        ALTER TABLE called_persons ADD COLUMN substitute_remote INTEGER NOT NULL DEFAULT 0
          CHECK (substitute_remote IN (0, 1));
        UPDATE called_persons SET attendance_status = 'present' WHERE attendance_status = 'partial';
        UPDATE called_persons SET attendance_status = 'excused' WHERE attendance_status = 'substitute';

        -- How the body's minutes are laid out and how its name agrees in standpoints.
        ALTER TABLE bodies ADD COLUMN numbered_items INTEGER NOT NULL DEFAULT 1 CHECK (numbered_items IN (0, 1));
        ALTER TABLE bodies ADD COLUMN agenda_heading INTEGER NOT NULL DEFAULT 1 CHECK (agenda_heading IN (0, 1));
        ALTER TABLE bodies ADD COLUMN person_detail_order TEXT NOT NULL DEFAULT 'organisationTitle'
          CHECK (person_detail_order IN ('organisationTitle', 'titleOrganisation'));
        ALTER TABLE bodies ADD COLUMN marker_placement TEXT NOT NULL DEFAULT 'afterName'
          CHECK (marker_placement IN ('afterName', 'endOfLine'));
        ALTER TABLE bodies ADD COLUMN name_form TEXT NOT NULL DEFAULT 'common'
          CHECK (name_form IN ('common', 'neuter', 'plural'));
        ALTER TABLE bodies ADD COLUMN definite_name TEXT NOT NULL DEFAULT '';

        -- The body's standing items, which every new meeting starts with:
        -- [{ "title", "children": [..], "placement": "beforeSubjects" | "afterSubjects" }].
        ALTER TABLE bodies ADD COLUMN standing_items_json TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(standing_items_json) AND json_type(standing_items_json) = 'array');

        -- "Mötet avslutades kl. 15.02", stamped in live mode.
        ALTER TABLE meetings ADD COLUMN closed_at TEXT
          CHECK (closed_at IS NULL OR closed_at GLOB '[0-2][0-9][.:][0-5][0-9]');
      `);
    seedStandingItems(db);
  },
};


/**
 * Migration 5's data step: each body's standing items are those of its
 * latest meeting (items marked standing, with their standing sub-items, before
 * or after the first subject item), or, for a body without meetings, the
 * standing agenda a new meeting got until then. Spelled out here, not taken
 * from shared/, so the migration means the same forever.
 */
function seedStandingItems(db: Db): void {
  const bodies = db.prepare('SELECT id, summary_of_standpoints AS summary FROM bodies').all() as { id: number; summary: 0 | 1 }[];
  const latest = db.prepare(
    'SELECT id FROM meetings WHERE body_id = ? ORDER BY date DESC, id DESC LIMIT 1',
  );
  const topItems = db.prepare(
    'SELECT id, title, standing FROM agenda_items WHERE meeting_id = ? AND parent_id IS NULL ORDER BY position, id',
  );
  const children = db.prepare(
    'SELECT title FROM agenda_items WHERE parent_id = ? AND standing = 1 ORDER BY position, id',
  );
  const update = db.prepare('UPDATE bodies SET standing_items_json = ? WHERE id = ?');
  for (const body of bodies) {
    const meeting = latest.get(body.id) as { id: number } | undefined;
    const items: { title: string; children: string[]; placement: 'beforeSubjects' | 'afterSubjects' }[] = [];
    if (meeting) {
      let seenSubject = false;
      for (const item of topItems.all(meeting.id) as { id: number; title: string; standing: 0 | 1 }[]) {
        if (item.standing !== 1) {
          seenSubject = true;
          continue;
        }
        if (item.title.trim() === '') continue;
        items.push({
          title: item.title.trim(),
          children: (children.all(item.id) as { title: string }[]).map((c) => c.title.trim()).filter(Boolean),
          placement: seenSubject ? 'afterSubjects' : 'beforeSubjects',
        });
      }
      // A meeting of standing items only: the closing ones still go after the subjects to come.
      if (!seenSubject) {
        for (const item of items) {
          if (/^(Övriga frågor|Sammanfattning|Avslut|Mötets avslutande)/i.test(item.title)) item.placement = 'afterSubjects';
        }
      }
    } else {
      items.push(
        { title: 'Mötets öppnande', children: ['närvaro/presentation', 'övriga frågor anmäls'], placement: 'beforeSubjects' },
        { title: 'Godkännande av dagens agenda', children: [], placement: 'beforeSubjects' },
        { title: 'Föregående mötesanteckning', children: [], placement: 'beforeSubjects' },
        { title: 'Övriga frågor', children: [], placement: 'afterSubjects' },
      );
      if (body.summary === 1) items.push({ title: 'Sammanfattning', children: [], placement: 'afterSubjects' });
    }
    update.run(JSON.stringify(items), body.id);
  }
}
