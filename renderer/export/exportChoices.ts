import type { ExportFormat } from '../../shared/ipc/contract';
import type { IpcResult } from '../../shared/ipc/result';
import { api } from '../api/client';

/** What the "Exportera" menu offers: the minutes in each format, then the kallelse. */
export interface ExportChoice {
  /** Stable key, also the button's data-format. */
  key: string;
  label: string;
  hint: string;
  /** "PDF-filen", in "PDF-filen är sparad". */
  name: string;
  /** Writes the file into the export folder; `note` says what the file had to leave out. */
  write(meetingId: number, overwrite: boolean): Promise<IpcResult<{ path: string; fileName: string; note?: string }>>;
}

function minutesChoice(format: ExportFormat, label: string, hint: string, name: string): ExportChoice {
  return { key: format, label, hint, name, write: (meetingId, overwrite) => api['export:file']({ meetingId, format, overwrite }) };
}

function kallelseChoice(format: 'docx' | 'pdf', label: string, hint: string, name: string): ExportChoice {
  return { key: `kallelse-${format}`, label, hint, name, write: (meetingId, overwrite) => api['export:kallelse']({ meetingId, format, overwrite }) };
}

/** The minutes' formats, in the order the secretary reaches for them. */
export const MINUTES_CHOICES: readonly ExportChoice[] = [
  minutesChoice('docx', 'Word (DOCX)', 'För att redigera vidare', 'Word-filen'),
  minutesChoice('pdf', 'PDF', 'Tillgänglig, för att publicera', 'PDF-filen'),
  minutesChoice('pdfa', 'PDF/A', 'För arkivet (PDF/A-2b)', 'PDF/A-filen'),
  minutesChoice('html', 'HTML', 'Webbsida', 'HTML-filen'),
  minutesChoice('json', 'Mötesfil', 'Hela mötet, för att flytta eller spara', 'Mötesfilen'),
];

/** "Publicera…": the publication check and the public version, on a page of its own. */
export const PUBLISH_ENTRY = { label: 'Publicera …', hint: 'Kontrollera personuppgifter och spara den publicerade versionen' } as const;

/** The kallelse, sent before the meeting. */
export const KALLELSE_CHOICES: readonly ExportChoice[] = [
  kallelseChoice('docx', 'Kallelse (Word)', 'Dagordning med klockslag, att redigera', 'Kallelsen (Word)'),
  kallelseChoice('pdf', 'Kallelse (PDF)', 'Att skicka till de kallade', 'Kallelsen (PDF)'),
  {
    key: 'handlingar',
    label: 'Handlingar (PDF)',
    hint: 'Kallelsen och PDF-bilagorna med bokmärken, att läsa på surfplatta',
    name: 'Handlingarna',
    write: async (meetingId, overwrite) => {
      const result = await api['export:handlingar']({ meetingId, overwrite });
      if (!result.ok || result.value.skipped.length === 0) return result;
      return { ok: true, value: { ...result.value, note: result.value.skipped.map((s) => s.reason).join(' ') } };
    },
  },
];
