// mammoth's own module for numbering.xml (see docx-numbering.ts): typed as
// unknown on purpose, its shape is checked at run time before it is wrapped.
declare module 'mammoth/lib/docx/numbering-xml' {
  const numberingXml: unknown;
  export = numberingXml;
}
