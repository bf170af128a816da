import { DEFAULT_STANDPOINT_TEMPLATES } from '../../../shared/standpoints/templates';
import type { Db } from './database';

/**
 * The schema's history. Append-only: a released migration is never edited,
 * because databases in the field have already run it; a change is a new
 * migration at the end. `PRAGMA user_version` records how far a database has
 * come, so each migration runs exactly once per file.
 *
 * Enum lists in CHECK constraints are spelled out here rather than taken from
 * shared/model: a migration must mean the same thing forever, even after the
 * model gains a value (which then needs its own migration; a test checks that
 * every current enum value is accepted).
 */
export interface Migration {
  version: number;
  name: string;
  up(db: Db): void;
}

/** 'Ante' in ASCII: marks a SQLite file as ours, so we never migrate another program's database. */
export const ANTECKNA_APPLICATION_ID = 0x416e7465;

export const MIGRATIONS: readonly Migration[] = [
  {
    version: 1,
    name: 'Organ, möten, närvaro, dagordning och uppgifter',
    up(db) {
      db.pragma(`application_id = ${ANTECKNA_APPLICATION_ID}`);
      db.exec(`
        CREATE TABLE bodies (
          id INTEGER PRIMARY KEY,
          name TEXT NOT NULL CHECK (length(trim(name)) > 0),
          short_name TEXT NOT NULL CHECK (length(trim(short_name)) > 0),
          formal_name TEXT NOT NULL DEFAULT '',
          document_title TEXT NOT NULL DEFAULT '',
          default_place TEXT NOT NULL DEFAULT '',
          default_meeting_form TEXT NOT NULL DEFAULT '',
          default_start_time TEXT NOT NULL DEFAULT ''
            CHECK (default_start_time = '' OR default_start_time GLOB '[0-2][0-9][.:][0-5][0-9]'),
          default_end_time TEXT NOT NULL DEFAULT ''
            CHECK (default_end_time = '' OR default_end_time GLOB '[0-2][0-9][.:][0-5][0-9]'),
          date_style TEXT NOT NULL DEFAULT 'long' CHECK (date_style IN ('long', 'iso')),
          standpoint_placement TEXT NOT NULL DEFAULT 'afterPresenters'
            CHECK (standpoint_placement IN ('afterPresenters', 'endOfItem')),
          summary_of_standpoints INTEGER NOT NULL DEFAULT 0 CHECK (summary_of_standpoints IN (0, 1)),
          attendance_style TEXT NOT NULL DEFAULT 'lines' CHECK (attendance_style IN ('lines', 'markers', 'blocks')),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL
        ) STRICT;

        CREATE TABLE planned_dates (
          id INTEGER PRIMARY KEY,
          body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
          date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
          note TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX planned_dates_body ON planned_dates (body_id, date);

        CREATE TABLE sides (
          id INTEGER PRIMARY KEY,
          body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          name TEXT NOT NULL DEFAULT ''
        ) STRICT;
        CREATE INDEX sides_body ON sides (body_id, position);

        CREATE TABLE categories (
          id INTEGER PRIMARY KEY,
          side_id INTEGER NOT NULL REFERENCES sides (id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          name TEXT NOT NULL CHECK (length(trim(name)) > 0)
        ) STRICT;
        CREATE INDEX categories_side ON categories (side_id, position);

        CREATE TABLE members (
          id INTEGER PRIMARY KEY,
          category_id INTEGER NOT NULL REFERENCES categories (id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          name TEXT NOT NULL DEFAULT '',
          party TEXT NOT NULL DEFAULT '',
          organisation TEXT NOT NULL DEFAULT '',
          title TEXT NOT NULL DEFAULT '',
          role TEXT NOT NULL DEFAULT 'ledamot' CHECK (role IN (
            'ordforande', 'vice_ordforande', 'forste_vice_ordforande', 'andre_vice_ordforande',
            'sekreterare', 'ledamot', 'adjungerad')),
          vacant INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1))
        ) STRICT;
        CREATE INDEX members_category ON members (category_id, position);

        -- Minutes are archival: a body that still has meetings cannot be
        -- deleted by accident, hence RESTRICT rather than CASCADE.
        CREATE TABLE meetings (
          id INTEGER PRIMARY KEY,
          body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE RESTRICT,
          title TEXT NOT NULL DEFAULT '',
          subtitle TEXT NOT NULL DEFAULT '',
          date TEXT NOT NULL CHECK (date GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
          start_time TEXT NOT NULL DEFAULT '' CHECK (start_time = '' OR start_time GLOB '[0-2][0-9][.:][0-5][0-9]'),
          end_time TEXT NOT NULL DEFAULT '' CHECK (end_time = '' OR end_time GLOB '[0-2][0-9][.:][0-5][0-9]'),
          meeting_form TEXT NOT NULL DEFAULT '',
          place TEXT NOT NULL DEFAULT '',
          called_text TEXT NOT NULL DEFAULT '',
          diary_number TEXT NOT NULL DEFAULT '',
          status TEXT NOT NULL DEFAULT 'draft' CHECK (status IN ('draft', 'review', 'approved')),
          opened_at TEXT CHECK (opened_at IS NULL OR opened_at GLOB '[0-2][0-9][.:][0-5][0-9]'),
          secretary_name TEXT NOT NULL DEFAULT '',
          created_at TEXT NOT NULL,
          -- Header and status changes. Notes saves stamp their item instead
          -- (one UPDATE on the autosave path); readers take the later of the two.
          updated_at TEXT NOT NULL
        ) STRICT;
        CREATE INDEX meetings_body_date ON meetings (body_id, date);
        CREATE INDEX meetings_date ON meetings (date);

        -- (meeting_id, id) is unique so children can reference an item *of
        -- the same meeting* with a composite foreign key.
        CREATE TABLE agenda_items (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          parent_id INTEGER CHECK (parent_id IS NULL OR parent_id <> id),
          position INTEGER NOT NULL CHECK (position >= 0),
          title TEXT NOT NULL DEFAULT '',
          topics_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(topics_json) AND json_type(topics_json) = 'array'),
          kind TEXT NOT NULL DEFAULT 'other' CHECK (kind IN (
            'information', 'dialog', 'information_dialog', 'standpoint', 'decision', 'other')),
          minutes INTEGER CHECK (minutes IS NULL OR minutes BETWEEN 0 AND 1440),
          attachment INTEGER NOT NULL DEFAULT 0 CHECK (attachment IN (0, 1)),
          links_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(links_json) AND json_type(links_json) = 'array'),
          presenters_json TEXT NOT NULL DEFAULT '[]'
            CHECK (json_valid(presenters_json) AND json_type(presenters_json) = 'array'),
          standpoint TEXT NOT NULL DEFAULT '',
          notes_json TEXT CHECK (notes_json IS NULL OR json_valid(notes_json)),
          notes_revision INTEGER NOT NULL DEFAULT 0 CHECK (notes_revision >= 0),
          notes_updated_at TEXT,
          UNIQUE (meeting_id, id),
          FOREIGN KEY (meeting_id, parent_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX agenda_items_meeting ON agenda_items (meeting_id, parent_id, position);

        -- A frozen copy of the roster entry: the body's roster moves on, the
        -- meeting keeps who was called. Guests belong to one item and go with it.
        CREATE TABLE called_persons (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          kind TEXT NOT NULL CHECK (kind IN ('member', 'invitee', 'guest')),
          item_id INTEGER CHECK (item_id IS NULL OR kind = 'guest'),
          position INTEGER NOT NULL CHECK (position >= 0),
          side_name TEXT NOT NULL DEFAULT '',
          category_name TEXT NOT NULL DEFAULT '',
          name TEXT NOT NULL DEFAULT '',
          party TEXT NOT NULL DEFAULT '',
          organisation TEXT NOT NULL DEFAULT '',
          title TEXT NOT NULL DEFAULT '',
          role TEXT NOT NULL DEFAULT 'ledamot' CHECK (role IN (
            'ordforande', 'vice_ordforande', 'forste_vice_ordforande', 'andre_vice_ordforande',
            'sekreterare', 'ledamot', 'adjungerad')),
          vacant INTEGER NOT NULL DEFAULT 0 CHECK (vacant IN (0, 1)),
          attendance_status TEXT NOT NULL DEFAULT 'unmarked' CHECK (attendance_status IN (
            'unmarked', 'present', 'remote', 'excused', 'absent', 'partial', 'substitute')),
          attendance_note TEXT NOT NULL DEFAULT '',
          arrived_at TEXT CHECK (arrived_at IS NULL OR arrived_at GLOB '[0-2][0-9][.:][0-5][0-9]'),
          left_at TEXT CHECK (left_at IS NULL OR left_at GLOB '[0-2][0-9][.:][0-5][0-9]'),
          substitute_name TEXT NOT NULL DEFAULT '',
          UNIQUE (meeting_id, id),
          FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX called_persons_meeting ON called_persons (meeting_id, position);
        CREATE INDEX called_persons_item ON called_persons (meeting_id, item_id);

        -- Every attendance change as it happened (who arrived when), kept for
        -- the history view; called_persons holds the current state.
        CREATE TABLE attendance_events (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          called_person_id INTEGER NOT NULL,
          status TEXT NOT NULL CHECK (status IN (
            'unmarked', 'present', 'remote', 'excused', 'absent', 'partial', 'substitute')),
          at TEXT NOT NULL,
          data_json TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(data_json) AND json_type(data_json) = 'object'),
          FOREIGN KEY (meeting_id, called_person_id) REFERENCES called_persons (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX attendance_events_person ON attendance_events (meeting_id, called_person_id, at);

        CREATE TABLE tasks (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          item_id INTEGER,
          position INTEGER NOT NULL CHECK (position >= 0),
          what TEXT NOT NULL CHECK (length(trim(what)) > 0),
          owner TEXT NOT NULL DEFAULT '',
          deadline TEXT CHECK (deadline IS NULL OR deadline GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
          done INTEGER NOT NULL DEFAULT 0 CHECK (done IN (0, 1)),
          created_at TEXT NOT NULL,
          updated_at TEXT NOT NULL,
          FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX tasks_meeting ON tasks (meeting_id, position);
        CREATE INDEX tasks_item ON tasks (meeting_id, item_id);
        CREATE INDEX tasks_deadline ON tasks (deadline) WHERE done = 0;
      `);
    },
  },
  {
    version: 2,
    name: 'Stående punkter på dagordningen',
    up(db) {
      db.exec(`
        -- Standing items (Mötets öppnande, Godkännande av dagens agenda …) are
        -- carried over when the next meeting is made from this one.
        ALTER TABLE agenda_items ADD COLUMN standing INTEGER NOT NULL DEFAULT 0 CHECK (standing IN (0, 1));

        -- Meetings written before this version: the usual standing titles at
        -- the top level, and the sub-items of the opening, are standing items.
        UPDATE agenda_items SET standing = 1
         WHERE parent_id IS NULL
           AND (title IN ('Mötets öppnande', 'Godkännande av dagens agenda', 'Föregående mötesanteckning',
                          'Föregående mötesanteckningar', 'Föregående minnesanteckningar', 'Övriga frågor')
                OR title GLOB 'Sammanfattning*');
        UPDATE agenda_items SET standing = 1
         WHERE parent_id IN (SELECT id FROM agenda_items WHERE parent_id IS NULL AND title = 'Mötets öppnande');
      `);
    },
  },
  {
    version: 3,
    name: 'Justering, versioner och mallar för ställningstaganden',
    up(db) {
      db.exec(`
        -- Who checked the minutes and when ("Justerat 2026-10-22, Name, role").
        -- version counts the times approved minutes were unlocked and changed.
        ALTER TABLE meetings ADD COLUMN reviewers_json TEXT NOT NULL DEFAULT '[]'
          CHECK (json_valid(reviewers_json) AND json_type(reviewers_json) = 'array');
        ALTER TABLE meetings ADD COLUMN approved_on TEXT
          CHECK (approved_on IS NULL OR approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]');
        ALTER TABLE meetings ADD COLUMN version INTEGER NOT NULL DEFAULT 1 CHECK (version >= 1);

        -- An approved version, kept whole when the minutes were unlocked: what
        -- was justerad stays readable exactly as it was, with who unlocked it and why.
        CREATE TABLE meeting_versions (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          version INTEGER NOT NULL CHECK (version >= 1),
          snapshot_json TEXT NOT NULL CHECK (json_valid(snapshot_json) AND json_type(snapshot_json) = 'object'),
          unlocked_at TEXT NOT NULL,
          unlocked_by TEXT NOT NULL CHECK (length(trim(unlocked_by)) > 0),
          reason TEXT NOT NULL CHECK (length(trim(reason)) > 0),
          approved_on TEXT
            CHECK (approved_on IS NULL OR approved_on GLOB '[0-9][0-9][0-9][0-9]-[0-1][0-9]-[0-3][0-9]'),
          UNIQUE (meeting_id, version)
        ) STRICT;

        -- The body's own standpoint phrases. A standing phrase ("Dagens agenda
        -- godkändes.") says which standing item it answers.
        CREATE TABLE standpoint_templates (
          id INTEGER PRIMARY KEY,
          body_id INTEGER NOT NULL REFERENCES bodies (id) ON DELETE CASCADE,
          position INTEGER NOT NULL CHECK (position >= 0),
          label TEXT NOT NULL CHECK (length(trim(label)) > 0),
          text TEXT NOT NULL CHECK (length(trim(text)) > 0),
          kinds_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(kinds_json) AND json_type(kinds_json) = 'array'),
          standing TEXT CHECK (standing IS NULL OR standing IN (
            'agendaApproved', 'noOtherQuestions', 'noRemarksOnPreviousMinutes'))
        ) STRICT;
        CREATE INDEX standpoint_templates_body ON standpoint_templates (body_id, position);
      `);
      // Bodies made before this version get the phrases a new body starts
      // with. This is data, not schema: a database migrated later gets the
      // defaults of that later release, just as a body created then would.
      const insert = db.prepare(
        `INSERT INTO standpoint_templates (body_id, position, label, text, kinds_json, standing)
         SELECT id, ?, ?, ?, ?, ? FROM bodies`,
      );
      DEFAULT_STANDPOINT_TEMPLATES.forEach((t, position) => {
        insert.run(position, t.label, t.text, JSON.stringify(t.kinds), t.standing);
      });
    },
  },
  {
    version: 4,
    name: 'Organisationens Word-mall per organ',
    up(db) {
      db.exec(`
        -- The organisation's own .docx whose styles DOCX exports take, and
        -- the file name it was chosen as. Both NULL: the built-in look.
        ALTER TABLE bodies ADD COLUMN docx_template BLOB;
        ALTER TABLE bodies ADD COLUMN docx_template_name TEXT
          CHECK (docx_template_name IS NULL OR length(trim(docx_template_name)) > 0);
      `);
    },
  },
  {
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
  },
  {
    version: 6,
    name: 'Kopior av anteckningar när två fönster skrev i samma punkt',
    up(db) {
      db.exec(`
        -- When two windows wrote to one item, the text that was not chosen is
        -- kept here, read-only, so neither is ever dropped. It goes with its
        -- item and its meeting.
        CREATE TABLE notes_copies (
          id INTEGER PRIMARY KEY,
          meeting_id INTEGER NOT NULL REFERENCES meetings (id) ON DELETE CASCADE,
          item_id INTEGER NOT NULL,
          notes_json TEXT NOT NULL CHECK (json_valid(notes_json) AND json_type(notes_json) = 'object'),
          kept_at TEXT NOT NULL,
          why TEXT NOT NULL CHECK (why IN ('replacedByMine', 'setAsideForSaved')),
          FOREIGN KEY (meeting_id, item_id) REFERENCES agenda_items (meeting_id, id) ON DELETE CASCADE
        ) STRICT;
        CREATE INDEX notes_copies_item ON notes_copies (meeting_id, item_id, kept_at);
      `);
    },
  },
];

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

export const SCHEMA_VERSION: number = MIGRATIONS.at(-1)?.version ?? 0;

export function schemaVersionOf(db: Db): number {
  return db.pragma('user_version', { simple: true }) as number;
}

/**
 * Runs the migrations the database has not seen yet, each in its own
 * transaction together with the bump of `user_version`: a failure leaves the
 * file at the last complete version, never half-way.
 */
export function applyMigrations(db: Db, migrations: readonly Migration[] = MIGRATIONS): number {
  for (const migration of migrations) {
    if (schemaVersionOf(db) >= migration.version) continue;
    const step = db.transaction(() => {
      // Re-read inside the write lock: another process may have migrated meanwhile.
      if (schemaVersionOf(db) >= migration.version) return;
      migration.up(db);
      db.pragma(`user_version = ${migration.version}`);
    });
    step.immediate();
  }
  return schemaVersionOf(db);
}
