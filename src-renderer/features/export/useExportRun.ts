import { useCallback, useEffect, useRef, useState } from 'react';
import type { Client } from '../../../src-main/shared/api/client';
import type { CprFinding, ExportedFile, ExportFormat, ExportVariant } from '../../../src-main/shared/export/types';
import type { SaveQueue } from '../meeting/saveQueue';
import { blobUrlFor, startDownload } from './fileDownload';

export interface ExportChoice {
  variant: ExportVariant;
  public: boolean;
  samlet: boolean;
}

/** Where one export is: the dialog shows exactly one of these, never nothing. */
export type ExportRunState =
  | { kind: 'idle' }
  | { kind: 'running'; format: ExportFormat; fraction: number; message: string | null }
  | { kind: 'confirm'; format: ExportFormat; message: string; findings: CprFinding[] }
  | { kind: 'done'; file: ExportedFile; url: string }
  | { kind: 'error'; message: string };

let counter = 0;
/** Our own id for the export, so its `export.progress` events are told from any other's. */
function newExportId(): string {
  counter += 1;
  return `ui-${Date.now().toString(36)}-${counter}`;
}

/**
 * Runs an export: writes what the referent has typed first (the export reads the store), shows
 * progress from the first click, follows the core's progress events, stops at the CPR question
 * of a public export, and offers the file as a Blob download when it is done.
 */
export function useExportRun(client: Client, saves: SaveQueue, meetingId: string) {
  const [state, setState] = useState<ExportRunState>({ kind: 'idle' });
  const url = useRef<string | null>(null);
  const active = useRef<string | null>(null);

  const forgetFile = () => {
    if (url.current) URL.revokeObjectURL(url.current);
    url.current = null;
  };
  useEffect(() => forgetFile, []);

  const run = useCallback(
    async (format: ExportFormat, choice: ExportChoice, confirmCpr = false) => {
      const exportId = newExportId();
      active.current = exportId;
      forgetFile();
      // Shown at once, before any await: the referent sees that the click did something.
      setState({ kind: 'running', format, fraction: 0, message: null });
      const stop = client.on('export.progress', (p) => {
        if (p.exportId !== exportId || active.current !== exportId) return;
        setState((s) => (s.kind === 'running' ? { ...s, fraction: Math.max(s.fraction, p.fraction), message: p.message } : s));
      });
      try {
        await saves.flush();
        const input = { meetingId, variant: choice.variant, public: choice.public, confirmCpr, exportId };
        const result = format === 'pdf' ? await client.call('export.pdf', { ...input, samlet: choice.samlet }) : await client.call('export.docx', input);
        if (active.current !== exportId) return;
        if (result.status === 'cpr-confirmation-needed') {
          setState({ kind: 'confirm', format, message: result.message, findings: result.findings });
          return;
        }
        url.current = blobUrlFor(result);
        setState({ kind: 'done', file: result, url: url.current });
        startDownload(url.current, result.fileName);
      } catch (e) {
        // The core's own Danish message (ApiCallError), or whatever the transport said.
        if (active.current === exportId) setState({ kind: 'error', message: e instanceof Error ? e.message : String(e) });
      } finally {
        stop();
      }
    },
    [client, saves, meetingId],
  );

  const reset = useCallback(() => {
    active.current = null;
    forgetFile();
    setState({ kind: 'idle' });
  }, []);

  return { state, run, reset };
}
