import type { MeetingFile } from '../meetingfile/schema';
import type { SourceRun } from './source';

/**
 * What the recogniser made of a document, line by line, and the meeting it
 * assembled from that. The review screen shows `lines` beside the source,
 * lets the secretary change a line's `kind` or the item it belongs to, and
 * assembles again (pure, in the renderer) until she saves.
 */

/** One logical line: usually one source paragraph, sometimes several (a name and its title side by side in a table). */
export interface ImportLine {
  /** Index in `lines`. */
  index: number;
  /** The source paragraphs it was read from. */
  sourceIds: number[];
  text: string;
  runs: SourceRun[];
  /** Outline level of the source paragraph's style, if any. */
  heading: number | null;
  list: { ordered: boolean; level: number; marker: string } | null;
  /**
   * A name read beside its title from two table columns ("Anna Ek, ordf." |
   * "Förvaltningsdirektör, Strandvik"): each column's text; null otherwise.
   */
  columns?: string[] | null;
  /** Part of a table that is not a roster or attendance table: kept as a table in the notes. */
  table: { tableId: number; row: number; cell: number } | null;
}

/** What a line was read as. */
export const LINE_KINDS = [
  'title',
  'subtitle',
  /** "Datum: …", "Tid: …", "Plats: …", "Mötesform: …", "Kallade: …", "Diarienummer: …" */
  'headerField',
  /** A side or category heading in the called list ("För Västra Götalandsregionen (VGR)", "Tjänstepersoner", "Region"). */
  'rosterHeading',
  /** A called person ("Anna Ek (S), Kustregionen, **vice ordförande**"). */
  'person',
  /** The start of an attendance block ("Närvarande", "Förhindrade", "Inbjudna"). */
  'attendanceGroup',
  /** "Med på länk: …", "Förhinder: …", "Frånvarande: …". */
  'attendanceLine',
  /** The "Dagordning" heading. */
  'agendaHeading',
  'item',
  'subItem',
  /** A sub-topic listed under an item's heading. */
  'topic',
  /** "Information & dialog (40 minuter, bilaga)". */
  'kindLine',
  /** "Föredragande: …". */
  'presenters',
  /** "Gäster: …" of an item. */
  'guests',
  /** A link to a document (a line that is only a link). */
  'link',
  'standpoint',
  'notes',
  /** The "Sammanfattning" heading (the standpoints repeated at the end). */
  'summary',
  /** "Vid anteckningarna" and the name after it. */
  'secretary',
  /** "Justerat av" / "Justeras" and the names after it. */
  'reviewer',
  /** Page numbers, running headers, empty decoration: left out. */
  'ignored',
] as const;
export type LineKind = (typeof LINE_KINDS)[number];

export interface LineReading {
  kind: LineKind;
  /**
   * The line index of the item (or sub-item) heading this line belongs to;
   * null before the first item. Set by the recogniser from the order, and by
   * the secretary when she moves a line to another item.
   */
  item: number | null;
  /** True when the recogniser guessed (the review lists these). */
  guessed: boolean;
}

/** Something the secretary should look at, in Swedish, with the line it is about. */
export interface ReviewNote {
  line: number | null;
  message: string;
}

export interface ImportDraft {
  /** The meeting as a meeting file: what "Spara som möte" saves. */
  file: MeetingFile;
  review: ReviewNote[];
}

/** What each kind is called in the review screen. */
export const LINE_KIND_LABELS: Record<LineKind, string> = {
  title: 'Titel',
  subtitle: 'Undertitel',
  headerField: 'Mötesuppgift',
  rosterHeading: 'Rubrik i kallelselistan',
  person: 'Person',
  attendanceGroup: 'Närvarogrupp',
  attendanceLine: 'Närvaro',
  agendaHeading: 'Rubriken Dagordning',
  item: 'Punkt',
  subItem: 'Underpunkt',
  topic: 'Delfråga',
  kindLine: 'Typ av punkt',
  presenters: 'Föredragande',
  guests: 'Gäster',
  link: 'Länk',
  standpoint: 'Ställningstagande',
  notes: 'Anteckning',
  summary: 'Sammanfattning',
  secretary: 'Vid anteckningarna',
  reviewer: 'Justerat av',
  ignored: 'Utelämnas',
};

export interface RecogniseOptions {
  /** Today (ISO date): the meeting's date when the document has none (a review note says so). */
  today?: string;
}
