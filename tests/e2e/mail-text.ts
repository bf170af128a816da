/**
 * A plain-text e-mail to the secretary as a mail program puts it on the
 * clipboard: a greeting, the body lines, two blank lines, the sender's
 * signature, CRLF line ends. Shared by the plain-text paste tests, unit and e2e.
 */
export function mailText(body: string[]): string {
  return ['Hej Eva,', '', ...body, '', '', 'Med vänlig hälsning', 'Anna Andersson', 'Kommunförbundet Norra', ''].join('\r\n');
}
