import type { MinutesDocument } from '../../../shared/document/model';

/**
 * The XMP metadata of the tagged PDF: the PDF/UA identification
 * (`pdfuaid:part 1`) that tells a reader which rules the file follows, and
 * the title, author, subject and language as the document's Info says them.
 */
export function pdfUaXmp(doc: MinutesDocument): string {
  const lines = [
    '<?xpacket begin="\uFEFF" id="W5M0MpCehiHzreSzNTczkc9d"?>',
    '<x:xmpmeta xmlns:x="adobe:ns:meta/">',
    '<rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">',
    '<rdf:Description rdf:about=""',
    '  xmlns:dc="http://purl.org/dc/elements/1.1/"',
    '  xmlns:xmp="http://ns.adobe.com/xap/1.0/"',
    '  xmlns:pdfuaid="http://www.aiim.org/pdfua/ns/id/">',
    `<dc:title><rdf:Alt><rdf:li xml:lang="x-default">${xml(doc.title)}</rdf:li></rdf:Alt></dc:title>`,
    doc.author ? `<dc:creator><rdf:Seq><rdf:li>${xml(doc.author)}</rdf:li></rdf:Seq></dc:creator>` : '',
    doc.subject ? `<dc:description><rdf:Alt><rdf:li xml:lang="x-default">${xml(doc.subject)}</rdf:li></rdf:Alt></dc:description>` : '',
    `<dc:language><rdf:Bag><rdf:li>${xml(doc.lang)}</rdf:li></rdf:Bag></dc:language>`,
    '<xmp:CreatorTool>Anteckna</xmp:CreatorTool>',
    '<pdfuaid:part>1</pdfuaid:part>',
    '</rdf:Description>',
    '</rdf:RDF>',
    '</x:xmpmeta>',
    '<?xpacket end="w"?>',
  ];
  return lines.filter(Boolean).join('\n');
}

/** Text as XML character data: markup escaped, characters XML 1.0 cannot hold dropped. */
function xml(text: string): string {
  return text
    .replace(/[^\u0009\u000a\u000d\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/gu, '')
    .replace(/[&<>"]/g, (c) => `&#${c.charCodeAt(0)};`);
}
