/**
 * Export: the meeting as PDF (agenda, minutes, decision minutes; public or not; samlet with the
 * attachments appended), as DOCX, and as the HTML the PDF is printed from (the preview).
 *
 * A public export first looks for CPR-like text in what it would publish; if it finds any and
 * `confirmCpr` is not true, it renders nothing and answers `status: 'cpr-confirmation-needed'`
 * with the findings. Progress arrives as `export.progress` events carrying `exportId`.
 */
import { z } from 'zod';
import { method } from './method';
import { id } from './fields';
import { exportVariants, type CprFinding, type ExportResult, type PreviewHtml } from '../export/types';

const common = {
  meetingId: id,
  /** Default: the meeting's own document kind. */
  variant: z.enum(exportVariants).optional(),
  /** Leave closed items' content and closed attachments out. */
  public: z.boolean().default(false),
};

const fileExport = z
  .object({
    ...common,
    /** The referent has seen the CPR findings and publishes anyway. */
    confirmCpr: z.boolean().default(false),
    /** Echoed in every `export.progress` event of this export; made up by the core when absent. */
    exportId: z.string().min(1).max(100).optional(),
  })
  .strict();

export const exportMethods = {
  'export.pdf': method<ExportResult>()(
    fileExport.extend({
      /** Samlet PDF: the attachments' own PDFs appended, the Bilagsoversigt giving their pages. */
      samlet: z.boolean().default(false),
    }),
  ),
  'export.docx': method<ExportResult>()(fileExport),
  /** The document the PDF is printed from, for the preview: self-contained, no script, no page numbers. */
  'export.html': method<PreviewHtml>()(z.object(common).strict()),
  /** What a public export of this variant would ask the referent to confirm. */
  'export.findCpr': method<CprFinding[]>()(z.object({ meetingId: id, variant: z.enum(exportVariants).optional() }).strict()),
};
