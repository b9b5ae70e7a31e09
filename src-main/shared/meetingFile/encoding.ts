/**
 * A meeting file's bytes as text. The spec has UTF-8; read leniently, a Windows-1252 or UTF-16
 * file would be taken in with every æ, ø and å replaced by «�». Such a file is refused instead,
 * with what to do. A byte order mark is kept (parseMeetingFile skips it).
 */
// The shared zone is typed without DOM or Node libraries; both have the WHATWG TextDecoder.
declare const TextDecoder: new (label: 'utf-8', options: { fatal: boolean; ignoreBOM: boolean }) => { decode(bytes: Uint8Array): string };

export type DecodedMeetingFile = { ok: true; text: string } | { ok: false; message: string };

export function decodeMeetingFile(bytes: Uint8Array, fileName: string): DecodedMeetingFile {
  const utf16 = (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
  if (!utf16) {
    try {
      return { ok: true, text: new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes) };
    } catch {
      // not UTF-8: said below
    }
  }
  return {
    ok: false,
    message:
      `${fileName}: filen er ikke gemt som UTF-8${utf16 ? ' (den er UTF-16)' : ' (måske Windows-1252/ANSI)'}, som en mødefil skal være. ` +
      'Gem den igen som UTF-8 (i Notesblok: Gem som → Kodning: UTF-8)',
  };
}
