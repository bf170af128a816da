/**
 * The bytes of a Teams attendance report as text. Teams writes UTF-16 LE with
 * a byte-order mark; a copy saved from Excel or another program may be UTF-8
 * (with or without a mark), UTF-16 without a mark, or Windows-1252.
 */
export function decodeReportBytes(bytes: Uint8Array): string {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes.subarray(2));
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return new TextDecoder('utf-8').decode(bytes.subarray(3));
  const sample = bytes.subarray(0, 400);
  let zerosOdd = 0;
  let zerosEven = 0;
  sample.forEach((b, i) => {
    if (b !== 0) return;
    if (i % 2 === 1) zerosOdd += 1;
    else zerosEven += 1;
  });
  // Latin text in UTF-16 has a zero in every other byte.
  if (zerosOdd > sample.length / 4) return new TextDecoder('utf-16le').decode(bytes);
  if (zerosEven > sample.length / 4) return new TextDecoder('utf-16be').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}
