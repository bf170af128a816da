import { existsSync, readFileSync } from 'node:fs';
import { resolve as resolvePath } from 'node:path';
import { AppError } from '../../../shared/ipc/result';
import { createChromiumPrinter, type PdfPrinter } from '../../services/export/pdf-printer';
import { renderPdf, renderPdfA } from '../../services/export/render';
import { buildMinutesDocument } from '../../../shared/document/build';
import { renderMinutesHtml } from '../../../shared/document/html';
import { exportMeetingFile } from '../../../shared/meetingfile/schema';
import type { Body } from '../../../shared/model/body';
import type { Meeting } from '../../../shared/model/meeting';
import { renderMinutesDocx } from '../../services/export/docx';
import { writeFileAtomic } from '../../services/export/files';
import { getBody, getDocxTemplate } from '../../services/storage/bodies';
import { getMeeting } from '../../services/storage/meetings';
import { assertNotDatabaseFile } from '../../services/storage/protected-files';
import { UsageError, type Options, databasePath, printJson, withDatabase, requireOption, parseMeetingId } from '../support';
import { exportPublicVersion, PUBLIC_FORMATS } from './export-public';

/**
 * One entry per export format: what the file holds, given the meeting and
 * its body. DOCX, PDF and PDF/A are added beside HTML and JSON.
 */
interface ExportOptions {
  /** The organisation's own .docx whose styles the DOCX takes (--template). */
  templateDocx?: Uint8Array;
}

interface Exporter {
  render(meeting: Meeting, body: Body, options: ExportOptions): string | Uint8Array | Promise<string | Uint8Array>;
}

const EXPORTERS: Record<string, Exporter> = {
  docx: {
    render: (meeting, body, options) => renderMinutesDocx(buildMinutesDocument(meeting, body), options),
  },
  html: {
    render: (meeting, body) => renderMinutesHtml(buildMinutesDocument(meeting, body), { embedCss: true, forPrint: false }),
  },
  json: {
    render: (meeting, body) => `${JSON.stringify(exportMeetingFile(meeting, body), null, 2)}\n`,
  },
  pdf: { render: (meeting, body) => withPrinter((print) => renderPdf(buildMinutesDocument(meeting, body), print)) },
  pdfa: { render: (meeting, body) => withPrinter((print) => renderPdfA(buildMinutesDocument(meeting, body), print)) },
};

/** The machine's Chromium (CHROMIUM_PATH or /usr/bin/chromium) for one export, closed afterwards. */
export async function withPrinter(work: (print: PdfPrinter) => Promise<Uint8Array>): Promise<Uint8Array> {
  const printer = createChromiumPrinter();
  try {
    return await work(printer.print);

  } finally {
    await printer.close();
  }
}

export async function exportMeeting(options: Options): Promise<number> {
  const meetingId = parseMeetingId(options.meeting);
  const formats = [...Object.keys(EXPORTERS), ...Object.keys(PUBLIC_FORMATS)].join(', ');
  const format = requireOption(options.format, `--format (${formats})`);
  const exporter = Object.hasOwn(EXPORTERS, format) ? EXPORTERS[format] : undefined;
  const publicFormat = Object.hasOwn(PUBLIC_FORMATS, format) ? PUBLIC_FORMATS[format] : undefined;
  if (!exporter && !publicFormat) throw new UsageError(`Okänt format: ${format}. Välj ett av ${formats}.`);
  if (options['redact-all'] === true && !publicFormat) throw new UsageError('--redact-all gäller bara formaten public-html och public-pdf.');
  const out = resolvePath(requireOption(options.out, '--out FIL'));
  const path = databasePath(options);
  assertNotDatabaseFile(out, path);
  if (options.template !== undefined && format !== 'docx') throw new UsageError('--template gäller bara formatet docx.');
  if (publicFormat) {
    await exportPublicVersion(path, meetingId, publicFormat, out, { force: options.force === true, redactAll: options['redact-all'] === true });
    printJson({ file: out });
    return 0;
  }
  if (!exporter) throw new UsageError(`Okänt format: ${format}. Välj ett av ${formats}.`);
  const { meeting, body, bodyTemplate } = withDatabase(path, (db) => {
    const meeting = getMeeting(db, meetingId);
    // Without --template, the DOCX takes the body's own template as the app's export does.
    const bodyTemplate = format === 'docx' && options.template === undefined ? getDocxTemplate(db, meeting.bodyId) : null;
    return { meeting, body: getBody(db, meeting.bodyId), bodyTemplate };
  });
  if (!options.force && existsSync(out)) {
    throw new AppError('conflict', `Filen ${out} finns redan. Ange --force för att skriva över den.`);
  }
  const templateDocx = options.template === undefined ? bodyTemplate : readTemplate(options.template);
  const exportOptions: ExportOptions = templateDocx === null ? {} : { templateDocx };
  const data = await exporter.render(meeting, body, exportOptions);
  writeFileAtomic(out, data, { overwrite: options.force === true });
  printJson({ file: out });
  return 0;
}

function readTemplate(file: string): Uint8Array {
  try {
    return readFileSync(resolvePath(file));
  } catch {
    throw new AppError('not_found', `Mallen ${resolvePath(file)} finns inte eller går inte att läsa.`);
  }
}
