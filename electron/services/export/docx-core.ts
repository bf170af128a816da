import type { MinutesDocument } from '../../../shared/document/model';

/**
 * docProps/core.xml, written by us rather than by docx so it can carry
 * dc:language (docx has no option for it) and a content status for drafts.
 */

export function escapeXml(text: string): string {
  return text.replace(/[&<>"]/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&quot;'));
}

/**
 * Characters XML 1.0 does not allow (control characters, U+FFFE/U+FFFF and a
 * surrogate without its pair); pasted text and links sometimes carry them,
 * and one of them makes Word refuse the whole file.
 */
const NOT_XML = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

export function xmlSafe(text: string): string {
  return text.replace(NOT_XML, '');
}

export interface CoreFields {
  title: string;
  subject: string;
  creator: string;
  keywords: string;
  description: string;
  language: string;
  status: string | null;
  modified: Date;
}

export function coreFieldsOf(doc: MinutesDocument, modified: Date): CoreFields {
  return {
    title: doc.title,
    subject: doc.subject,
    creator: doc.author,
    keywords: doc.subject,
    description: [doc.title, doc.subtitle].filter((s) => s.trim() !== '').join(' – '),
    language: doc.lang,
    status: doc.draftMarker,
    modified,
  };
}

export function corePropertiesXml(fields: CoreFields): string {
  const at = `${fields.modified.toISOString().slice(0, 19)}Z`;
  const el = (name: string, value: string) => (value === '' ? '' : `<${name}>${escapeXml(xmlSafe(value))}</${name}>`);
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" ' +
    'xmlns:dc="http://purl.org/dc/elements/1.1/" xmlns:dcterms="http://purl.org/dc/terms/" ' +
    'xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    el('dc:title', fields.title) +
    el('dc:subject', fields.subject) +
    el('dc:creator', fields.creator) +
    el('cp:keywords', fields.keywords) +
    el('dc:description', fields.description) +
    el('cp:lastModifiedBy', fields.creator) +
    el('dc:language', fields.language) +
    el('cp:contentStatus', fields.status ?? '') +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${at}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${at}</dcterms:modified>` +
    '</cp:coreProperties>'
  );
}
