/**
 * Exports reach the disk through Chromium's own download of a Blob the page made (see
 * downloadPolicy.ts): a native save dialog in the Documents folder with the export's name, and
 * when the file is written it opens in the OS viewer (the PDF reader, Word). Every other
 * download is cancelled.
 */
import { app, shell, type Session } from 'electron';
import { isTrustedSenderUrl } from './senderCheck';
import { isOurBlobDownload, mayOpenAfterSave, suggestedSavePath } from './downloadPolicy';

export function handleDownloads(ses: Session): void {
  ses.on('will-download', (event, item, contents) => {
    // Both the URL and the page that started it must be ours.
    if (!isOurBlobDownload(item.getURL()) || !isTrustedSenderUrl(contents?.getURL())) {
      event.preventDefault();
      return;
    }
    // No setSavePath: Electron then asks with a save dialog, starting from these options.
    item.setSaveDialogOptions({ title: 'Gem eksporten', defaultPath: suggestedSavePath(app.getPath('documents'), item.getFilename()) });
    item.once('done', (_e, state) => {
      const path = item.getSavePath();
      if (state !== 'completed' || !mayOpenAfterSave(path)) return;
      shell
        .openPath(path)
        .then((error) => error && console.warn('[referent] could not open the exported file', error))
        .catch((e: unknown) => console.warn('[referent] could not open the exported file', e));
    });
  });
}
