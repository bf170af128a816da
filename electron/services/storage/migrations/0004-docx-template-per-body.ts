import type { Migration } from './migration';

export const docxTemplatePerBody: Migration = {
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
};
