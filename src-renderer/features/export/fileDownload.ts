import type { ExportedFile } from '../../../src-main/shared/export/types';
import { bytesFromBase64 } from './previewDocument';

/**
 * An exported file as a Blob URL the page can offer. In a plain browser (the host) a click on
 * the link downloads it; in Electron the same click reaches the main process's 'will-download'
 * (downloads.ts), which shows a save dialog and then opens the file in the OS viewer. One path
 * for both: the page never needs a file-system API.
 */
export function blobUrlFor(file: ExportedFile): string {
  return URL.createObjectURL(new Blob([bytesFromBase64(file.dataBase64)], { type: file.mediaType }));
}

/** Starts the download at once, as if the referent had clicked the link. */
export function startDownload(url: string, fileName: string): void {
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.hidden = true;
  document.body.append(a);
  a.click();
  a.remove();
}
