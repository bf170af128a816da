import { useState } from 'react';
import { api } from '../api/client';

/** The year log's two formats, in the words of the export menu. */
export const YEAR_LOG_FORMATS = [
  { format: 'docx', label: 'Word (DOCX)', name: 'Word-filen' },
  { format: 'pdf', label: 'PDF', name: 'PDF-filen' },
] as const;
export type YearLogFormat = (typeof YEAR_LOG_FORMATS)[number]['format'];

export function yearLogFormatName(format: YearLogFormat): string {
  return YEAR_LOG_FORMATS.find((f) => f.format === format)?.name ?? format;
}

export type YearLogExportState =
  | { kind: 'idle' }
  | { kind: 'exporting'; format: YearLogFormat }
  | { kind: 'confirm'; format: YearLogFormat }
  | { kind: 'done'; format: YearLogFormat; path: string }
  | { kind: 'error'; message: string };

/**
 * Exports one year's log to the export folder; an existing file is replaced
 * only after the secretary says so (state `confirm`).
 */
export function useYearLogExport(bodyId: number, year: number) {
  const [state, setState] = useState<YearLogExportState>({ kind: 'idle' });

  const exportAs = async (format: YearLogFormat, overwrite: boolean) => {
    setState({ kind: 'exporting', format });
    const result = await api['export:yearLog']({ bodyId, year, format, overwrite });
    if (result.ok) setState({ kind: 'done', format, path: result.value.path });
    else if (result.error.code === 'conflict' && !overwrite) setState({ kind: 'confirm', format });
    else setState({ kind: 'error', message: result.error.message });
  };

  return { state, exportAs, dismiss: () => setState({ kind: 'idle' }) };
}
