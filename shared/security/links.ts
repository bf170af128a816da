/**
 * The one rule for links the app opens or writes into a document: the web
 * (http/https, with a host and without credentials) and e-mail addresses
 * (mailto: with an address and only the fields a mail program fills in:
 * to, cc, bcc, subject, body). Anything else, such as "mailto:…?attach=" that
 * some mail programs read as a file to attach, or "javascript:", is text.
 * Pure string work (shared/ has neither the DOM's nor Node's URL).
 */

const MAILTO_FIELDS = new Set(['to', 'cc', 'bcc', 'subject', 'body']);

export function isSafeLink(url: string): boolean {
  const trimmed = url.trim();
  if (/[\u0000-\u001f\u007f]/.test(trimmed)) return false;
  const mailto = /^mailto:([^?#]*)(\?[^#]*)?$/i.exec(trimmed);
  if (mailto) return mailto[1] !== '' && mailtoFieldsSafe(mailto[2] ?? '');
  const web = /^https?:\/\/([^/?#]*)/i.exec(trimmed);
  if (!web) return false;
  const authority = web[1] ?? '';
  // "user:pass@host" hides where a link goes; an empty host is no link at all.
  return authority !== '' && !authority.includes('@') && !/^:|\s/.test(authority);
}

function mailtoFieldsSafe(query: string): boolean {
  if (query === '' || query === '?') return true;
  for (const pair of query.slice(1).split('&')) {
    if (pair === '') continue;
    const key = pair.split('=')[0] ?? '';
    let name: string;
    try {
      name = decodeURIComponent(key).toLowerCase();
    } catch {
      return false;
    }
    if (!MAILTO_FIELDS.has(name)) return false;
  }
  return true;
}
