import { strFromU8, unzipSync } from 'fflate';
import { AppError } from '../../../shared/ipc/result';

/**
 * Reads the parts of an organisation's own .docx/.dotx that make its look:
 * word/styles.xml (fonts, colours, spacing of every style) and the theme
 * (the fonts and colours styles refer to as "Headings"/"Body" or accent
 * colours). Uses the zip support docx itself is built on (fflate); only
 * those entries are inflated.
 */

export interface TemplateParts {
  styles: string;
  /** word/theme/theme1.xml, if the template has a theme. */
  theme: string | null;
}

const THEME = /^word\/theme\/theme\d*\.xml$/;

export function readTemplate(templateDocx: Uint8Array): TemplateParts {
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(templateDocx, { filter: (file) => file.name === 'word/styles.xml' || THEME.test(file.name) });
  } catch {
    throw new AppError('validation', 'Mallen kunde inte läsas. Välj ett Word-dokument (.docx eller .dotx).', 'templateDocx');
  }
  const styles = entries['word/styles.xml'];
  if (styles === undefined) {
    throw new AppError('validation', 'Mallen saknar formatmallar (word/styles.xml). Välj ett Word-dokument (.docx eller .dotx).', 'templateDocx');
  }
  const themeName = Object.keys(entries).filter((name) => THEME.test(name)).sort()[0];
  const theme = themeName === undefined ? undefined : entries[themeName];
  return { styles: strFromU8(styles), theme: theme === undefined ? null : strFromU8(theme) };
}
