import { BrowserWindow, session } from 'electron';
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { electronPdfOptions, type PdfPrinter } from '../services/export/pdf-printer';
import { isPermissionGranted } from './policy';

/**
 * Electron's printer: the print HTML in a hidden window of its own session
 * (no preload, no scripts, no network), printed with `printToPDF` tagged and
 * with bookmarks from the headings. The HTML goes through a temporary file,
 * since data: URLs have a size limit.
 */
export function createElectronPrinter(): PdfPrinter {
  return async (html, options = {}) => {
    const dir = await mkdtemp(join(tmpdir(), 'anteckna-print-'));
    const file = join(dir, 'minutes.html');
    const printSession = session.fromPartition('anteckna-print');
    printSession.setPermissionRequestHandler((_contents, permission, callback) => callback(isPermissionGranted(permission)));
    printSession.setPermissionCheckHandler((_contents, permission) => isPermissionGranted(permission));
    // The HTML is self-contained: everything but the file itself is refused.
    const own = pathToFileURL(file).href;
    printSession.webRequest.onBeforeRequest((details, callback) =>
      callback({ cancel: details.url !== own && !details.url.startsWith('data:') }),
    );
    const window = new BrowserWindow({
      show: false,
      width: 794,
      height: 1123,
      webPreferences: { session: printSession, javascript: false, sandbox: true, contextIsolation: true, spellcheck: false },
    });
    try {
      await writeFile(file, html, 'utf8');
      await window.loadFile(file);
      const pdf = await window.webContents.printToPDF(electronPdfOptions(options));
      return new Uint8Array(pdf.buffer, pdf.byteOffset, pdf.byteLength);
    } finally {
      window.destroy();
      await rm(dir, { recursive: true, force: true });
    }
  };
}

