import { ANTECKNA_APPLICATION_ID, type Migration } from './migration';

export const bodiesMeetingsAttendanceAgendaTasks: Migration = {
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
};
