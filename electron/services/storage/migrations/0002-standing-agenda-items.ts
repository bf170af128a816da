import type { Migration } from './migration';

export const standingAgendaItems: Migration = {
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
};
