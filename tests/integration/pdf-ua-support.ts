import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';

/** A PDF's tags and metadata as pdf-ua-check.py reads them with pikepdf (Debian's python3-pikepdf). */

export interface PdfUaReport {
  lang: string;
  marked: boolean;
  displayDocTitle: boolean;
  infoTitle: string;
  xmp: { pdfuaidPart: string | null; dcTitle: string | null } | null;
  structure: {
    types: string[];
    roleMap: Record<string, string>;
    nonStandardUnmapped: string[];
    headings: number[];
    listItems: string[][];
    tables: { TH: number; TD: number }[];
  } | null;
  pages: {
    page: number;
    untaggedMarks: string[];
    artifactTextRuns: number;
    tabsS: boolean;
    links: { contents: string | null; structParent: boolean }[];
  }[];
}

const CHECK = resolve(__dirname, 'pdf-ua-check.py');

export function readPdfUa(file: string): PdfUaReport {
  try {
    return JSON.parse(execFileSync('/usr/bin/python3', [CHECK, file], { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024 })) as PdfUaReport;
  } catch (error) {
    throw new Error(`pdf-ua-check.py kunde inte läsa ${file} (saknas python3-pikepdf?): ${String(error)}`);
  }
}
