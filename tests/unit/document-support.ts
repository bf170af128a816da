import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { seedDemo } from '../../electron/services/demo/demo-data';
import { getBody } from '../../electron/services/storage/bodies';
import { closeDatabase, openDatabase } from '../../electron/services/storage/database';
import { getMeeting } from '../../electron/services/storage/meetings';
import { plain } from '../../shared/document/inline';
import type { DocBlock, DocInline, MinutesDocument } from '../../shared/document/model';
import type { Body, Meeting } from '../../shared/model/domain';

/** A hand-made document of `blocks`: Swedish, no draft marker, metadata left empty unless `overrides` gives it. */
export function handMadeDocument(blocks: DocBlock[], overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  return { lang: 'sv-SE', title: 'Mötesanteckning TST', subtitle: '', author: '', subject: '', fileBaseName: 'x', draftMarker: null, blocks, ...overrides };
}

/** A hand-made draft of the minutes of body `shortName` on `date`: title, subject and file name as the app names them, marked as a draft. */
export function handMadeDraft(shortName: string, date: string, blocks: DocBlock[], overrides: Partial<MinutesDocument> = {}): MinutesDocument {
  return handMadeDocument(blocks, {
    title: `Mötesanteckning ${shortName}`,
    subject: `${shortName} ${date}`,
    fileBaseName: `${date} Mötesanteckning ${shortName}`,
    draftMarker: 'UTKAST – ej justerad',
    ...overrides,
  });
}

/** The demo meetings (1 PSN approved, 2 PSN draft, 3 LGS-N review) read back from a temp database. */
export function demoMeetings(): { meeting: Meeting; body: Body }[] {
  const dir = mkdtempSync(join(tmpdir(), 'anteckna-doc-'));
  const db = openDatabase(join(dir, 'anteckna.sqlite'));
  try {
    const seeded = seedDemo(db, new Date());
    return seeded.meetings
      .map((m) => getMeeting(db, m.id))
      .sort((a, b) => a.id - b.id)
      .map((meeting) => ({ meeting, body: getBody(db, meeting.bodyId) }));
  } finally {
    closeDatabase(db);
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The text of inlines, a line break as a new line. */
export function inlineText(nodes: DocInline[]): string {
  return plain(nodes, '\n');
}

/** One line per block (tables and lists flattened), for order checks. */
export function blockLines(block: DocBlock): string[] {
  switch (block.kind) {
    case 'heading':
    case 'paragraph':
    case 'quote':
      return [inlineText(block.children)];
    case 'list':
      return block.items.flatMap((i) => [inlineText(i.children), ...(i.sublist ? blockLines(i.sublist) : [])]);
    case 'table':
      return block.rows.flatMap((r) => r.flatMap((c) => c.blocks.flatMap(blockLines)));
  }
}

export function documentLines(doc: MinutesDocument): string[] {
  return [doc.title, doc.subtitle, ...doc.blocks.flatMap(blockLines)];
}

/** Every inline of the document, depth first. */
export function allInlines(doc: MinutesDocument): DocInline[] {
  const out: DocInline[] = [];
  const walkInlines = (nodes: DocInline[]) => {
    for (const n of nodes) {
      out.push(n);
      if (n.kind === 'link') walkInlines(n.children);
    }
  };
  const walk = (b: DocBlock) => {
    switch (b.kind) {
      case 'heading':
      case 'paragraph':
      case 'quote':
        walkInlines(b.children);
        break;
      case 'list':
        for (const i of b.items) {
          walkInlines(i.children);
          if (i.sublist) walk(i.sublist);
        }
        break;
      case 'table':
        for (const r of b.rows) for (const c of r) c.blocks.forEach(walk);
        break;
    }
  };
  doc.blocks.forEach(walk);
  return out;
}

/** Index of the first line containing `needle` at or after `from`; -1 if none. */
export function lineIndex(lines: string[], needle: string, from = 0): number {
  for (let i = from; i < lines.length; i++) if ((lines[i] ?? '').includes(needle)) return i;
  return -1;
}
