import { DEFAULT_STANDPOINT_TEMPLATES } from '../../../../shared/standpoints/templates';
import type { Migration } from './migration';

export const reviewVersionsStandpointTemplates: Migration = {
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
};
