import type { Random } from './random';

/**
 * How one document of the corpus is laid out and which program writes it.
 * The writers differ in program (the docx package, LibreOffice from HTML,
 * pandoc from Markdown, plain text, PDF printed by LibreOffice) and the
 * layout differs in what real secretaries vary: where attendance stands,
 * numbering, standpoint placement, date and time forms, header as lines or
 * as a label table.
 */
export const WRITERS = ['docx', 'libreoffice', 'pandoc', 'text'] as const;
export type Writer = (typeof WRITERS)[number];

export interface Layout {
  writer: Writer;
  /** Printed to PDF by LibreOffice from the writer's DOCX (never for text). */
  pdf: boolean;
  /** Attendance as lines under item 1, markers after the names, or Närvarande/Förhindrade/Inbjudna blocks. */
  attendance: 'lines' | 'markers' | 'blocks';
  /** The roster in a two-column table, one side per column (lines and markers only). */
  rosterTable: boolean;
  /** Datum/Tid/Plats as "Label: value" lines or as a label table. */
  header: 'lines' | 'table';
  /** Items printed "4. Rubrik", sub-items "a)"; off: plain headings. */
  numbered: boolean;
  /** The numbers come from Word's automatic numbering, not the text (docx writer only). */
  autoNumber: boolean;
  standpoint: 'afterPresenters' | 'endOfItem';
  standpointItalic: boolean;
  /** Subject items carry a type line "Information & dialog (40 minuter, bilaga)". */
  typeLines: boolean;
  /** "23 november 2023", "2023-11-23" or "231123". */
  dateForm: 'long' | 'iso' | 'short';
  /** "12.30-15.30" or "13:00 – 16:00". */
  timeForm: 'dot' | 'colon';
  /** The standpoints repeated in a closing "Sammanfattning" item. */
  summary: boolean;
  /** "Vid anteckningarna: Namn" on one line, or the name on the next line (with dates and roles). */
  signature: 'sameLine' | 'nextLine';
  /** Items at mixed heading levels ("## 2." then "#### 4."), as minutes edited by many hands are (numbered, typed numbers only). */
  mixedLevels: boolean;
  /** "Vid anteckningarna" or "Vid anteckningen". */
  secretaryLabel: 'Vid anteckningarna' | 'Vid anteckningen';
  /** "Justerat av: …" or "Justeras: …" when the names stand on the label's line. */
  reviewLabel: 'Justerat av' | 'Justeras';
  /** Links printed as "Titel (https://…)" text instead of hyperlinks (text and PDF, where a link's target is easily lost). */
  linksAsText: boolean;
}

/** A layout drawn from the seed; `fixed` overrides parts of it. */
export function drawLayout(random: Random, fixed: Partial<Layout> = {}): Layout {
  const writer = fixed.writer ?? random.pick(WRITERS);
  const attendance = fixed.attendance ?? random.pick(['lines', 'markers', 'blocks'] as const);
  const numbered = fixed.numbered ?? (writer === 'text' ? true : random.chance(0.7));
  const pdf = fixed.pdf ?? (writer !== 'text' && random.chance(0.25));
  const layout: Layout = {
    writer,
    pdf,
    attendance,
    rosterTable: fixed.rosterTable ?? (attendance !== 'blocks' && writer !== 'text' && random.chance(0.35)),
    header: fixed.header ?? (attendance === 'blocks' && writer !== 'text' ? 'table' : random.pick(['lines', 'lines', 'table'] as const)),
    numbered,
    autoNumber: fixed.autoNumber ?? (writer === 'docx' && numbered && random.chance(0.6)),
    standpoint: fixed.standpoint ?? random.pick(['afterPresenters', 'endOfItem'] as const),
    standpointItalic: fixed.standpointItalic ?? random.chance(0.5),
    typeLines: fixed.typeLines ?? random.chance(0.7),
    dateForm: fixed.dateForm ?? random.pick(['long', 'iso', 'short'] as const),
    timeForm: fixed.timeForm ?? random.pick(['dot', 'colon'] as const),
    summary: fixed.summary ?? random.chance(0.35),
    signature: fixed.signature ?? random.pick(['sameLine', 'nextLine'] as const),
    mixedLevels: false,
    secretaryLabel: fixed.secretaryLabel ?? random.pick(['Vid anteckningarna', 'Vid anteckningen'] as const),
    reviewLabel: fixed.reviewLabel ?? random.pick(['Justerat av', 'Justeras'] as const),
    linksAsText: false,
  };
  layout.mixedLevels = fixed.mixedLevels ?? (numbered && !layout.autoNumber && (writer === 'docx' || writer === 'libreoffice') && random.chance(0.5));
  layout.linksAsText = fixed.linksAsText ?? (layout.writer === 'text' || layout.pdf);
  if (layout.writer === 'text') layout.header = fixed.header ?? 'lines';
  return layout;
}

/** A short description for tables: "docx→pdf, block, onumrerad …". */
export function describeLayout(layout: Layout): string {
  return [
    layout.pdf ? `${layout.writer}→pdf` : layout.writer,
    layout.attendance,
    layout.rosterTable ? 'rostertabell' : null,
    layout.header === 'table' ? 'etikettabell' : null,
    layout.numbered ? (layout.autoNumber ? 'autonumrerad' : 'numrerad') : 'onumrerad',
    layout.standpoint === 'endOfItem' ? 'ställn. sist' : 'ställn. efter föredr.',
    layout.mixedLevels ? 'blandade rubriknivåer' : null,
    layout.summary ? 'sammanfattning' : null,
    layout.dateForm,
    layout.timeForm,
  ]
    .filter((x) => x !== null)
    .join(', ');
}
