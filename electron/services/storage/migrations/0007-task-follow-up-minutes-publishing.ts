import type { Migration } from './migration';

export const taskFollowUpMinutesPublishing: Migration = {
  version: 7,
  name: 'Uppdrag följs över möten, och var organets mötesanteckningar publiceras',
  up(db) {
    db.exec(`
        -- A task carried into the next meeting ("Uppföljning av uppdrag") is a
        -- new row there; it points at the task it carries, so the chain from
        -- the meeting that gave it to the ones that followed it up can be read.
        ALTER TABLE tasks ADD COLUMN carried_from_task_id INTEGER REFERENCES tasks (id) ON DELETE SET NULL;
        -- When a task was marked done, and where: in its meeting or from the
        -- list of all tasks ("Uppdrag").
        ALTER TABLE tasks ADD COLUMN done_at TEXT;
        ALTER TABLE tasks ADD COLUMN done_via TEXT CHECK (done_via IS NULL OR done_via IN ('meeting', 'task_list'));
        CREATE INDEX tasks_carried_from ON tasks (carried_from_task_id) WHERE carried_from_task_id IS NOT NULL;

        -- Where the body publishes its minutes ("Alla mötesanteckningar") and
        -- how one meeting's file is named there, for "Föregående mötesanteckning".
        ALTER TABLE bodies ADD COLUMN minutes_page_url TEXT NOT NULL DEFAULT '';
        ALTER TABLE bodies ADD COLUMN minutes_file_pattern TEXT NOT NULL DEFAULT '';
      `);
    // Tasks carried over by earlier versions were plain copies: link each
    // whole-meeting task to the same open task (same text and owner) of the
    // body's meeting just before, which is what "Ny från föregående" copied.
    db.exec(`
        UPDATE tasks AS t SET carried_from_task_id = (
          SELECT p.id FROM tasks p
            JOIN meetings pm ON pm.id = p.meeting_id
            JOIN meetings tm ON tm.id = t.meeting_id
           WHERE pm.body_id = tm.body_id
             AND p.what = t.what AND p.owner = t.owner
             AND pm.id = (
               SELECT m2.id FROM meetings m2
                WHERE m2.body_id = tm.body_id AND (m2.date < tm.date OR (m2.date = tm.date AND m2.id < tm.id))
                ORDER BY m2.date DESC, m2.id DESC LIMIT 1)
           ORDER BY p.position LIMIT 1)
         WHERE t.item_id IS NULL;
      `);
  },
};
