import { useRef, useState } from 'react';
import type { ExportFormat } from '../../../src-main/shared/export/types';
import { useI18n } from '../../i18n/I18nContext';
import { useMeeting } from '../meeting/MeetingContext';
import { CprConfirmation } from './CprConfirmation';
import { ExportOptionsForm } from './ExportOptionsForm';
import { ExportOutcome } from './ExportOutcome';
import { ExportProgressView } from './ExportProgressView';
import { PreviewPane } from './PreviewPane';
import { useExportRun, type ExportChoice } from './useExportRun';

/**
 * "Eksport" in the meeting's top bar and the dialog it opens: choose the variant and options,
 * preview, export to PDF or Word. A native modal <dialog> (focus kept inside, Esc closes). It
 * stays mounted while closed, so an export started and then closed away still finishes and
 * offers its file, and reopening shows how it went.
 */
export function ExportDialog() {
  const { meeting, client, saves } = useMeeting();
  const { t } = useI18n();
  const ref = useRef<HTMLDialogElement>(null);
  const [open, setOpen] = useState(false);
  const [showPreview, setShowPreview] = useState(false);
  const [choice, setChoice] = useState<ExportChoice>({ variant: meeting.documentKind, public: false, samlet: false });
  const { state, run, reset } = useExportRun(client, saves, meeting.id);
  const running = state.kind === 'running';

  const openDialog = () => {
    ref.current?.showModal?.();
    setOpen(true);
  };
  const start = (format: ExportFormat, confirmCpr = false) => void run(format, choice, confirmCpr);
  const changeChoice = (next: ExportChoice) => {
    setChoice(next);
    // A CPR question was about the old choice; a new choice asks again when exported.
    if (state.kind === 'confirm') reset();
  };

  return (
    <>
      <button type="button" onClick={openDialog} aria-haspopup="dialog">
        {t('export.open')}
      </button>
      <dialog ref={ref} className="export-dialog" aria-labelledby="export-heading" onClose={() => setOpen(false)}>
        <div className="export-head">
          <h2 id="export-heading">{t('export.heading')}</h2>
          <button type="button" onClick={() => ref.current?.close()}>
            {t('export.close')}
          </button>
        </div>
        <ExportOptionsForm choice={choice} onChange={changeChoice} disabled={running} />
        <div className="actions">
          <button type="button" className="primary" disabled={running} onClick={() => start('pdf')}>
            {t('export.pdf')}
          </button>
          <button type="button" disabled={running} onClick={() => start('docx')}>
            {t('export.docx')}
          </button>
          <button type="button" aria-expanded={showPreview} aria-controls="export-preview" onClick={() => setShowPreview((s) => !s)}>
            {showPreview ? t('export.hidePreview') : t('export.showPreview')}
          </button>
        </div>
        {/* Always present, so screen readers announce progress and the result as they change. */}
        <div className="export-status" aria-live="polite">
          {state.kind === 'running' && <ExportProgressView fraction={state.fraction} message={state.message} />}
          {state.kind === 'done' && <ExportOutcome file={state.file} url={state.url} />}
        </div>
        {state.kind === 'error' && (
          <p role="alert" className="error">
            {t('export.failed', { message: state.message })}
          </p>
        )}
        {state.kind === 'confirm' && (
          <CprConfirmation message={state.message} findings={state.findings} onConfirm={() => start(state.format, true)} onCancel={reset} />
        )}
        <div id="export-preview">{open && showPreview && <PreviewPane client={client} meetingId={meeting.id} choice={choice} />}</div>
      </dialog>
    </>
  );
}
