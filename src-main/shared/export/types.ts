/**
 * What an export is asked for and what it answers, shared by the core, the CLI and the renderer
 * (the export dialog). JSON safe: bytes travel as base64.
 */
export const exportVariants = ['agenda', 'minutes', 'decision-minutes'] as const;
export type ExportVariant = (typeof exportVariants)[number];

export const exportVariantLabels: Record<ExportVariant, string> = {
  agenda: 'Dagsorden',
  minutes: 'Referat',
  'decision-minutes': 'Beslutningsreferat',
};

export type ExportFormat = 'pdf' | 'docx';

/** One place where text that looks like a CPR number would go into a public export. */
export interface CprFinding {
  /** The item (or sub-item) it is in; null for the meeting's own fields (preamble, participants). */
  itemId: string | null;
  /** "3" or "2.a"; null outside items. */
  itemNumber: string | null;
  itemTitle: string | null;
  /** The field's Danish label as the export shows it: "Sagsfremstilling", "Referat", "Titel" … */
  fieldLabel: string;
  /** The text around it with the last four digits masked: "… født 150421-•••• i …". */
  excerpt: string;
}

/** Whether the file claims PDF/UA (pdfuaid:part 1) and, when not, what stands in the way, in Danish. */
export interface PdfUaStatus {
  conforms: boolean;
  missing: string[];
}

export interface ExportedFile {
  status: 'exported';
  /** A suggested file name: "Referat Dialogforum for socialt udsatte 2021-04-15.pdf". */
  fileName: string;
  mediaType: string;
  dataBase64: string;
  /** Pages of the PDF (null for DOCX: Word paginates). */
  pages: number | null;
  /** PDF only. */
  pdfua: PdfUaStatus | null;
  /** Things the referent should know, in Danish (an attachment that could not be appended …). */
  warnings: string[];
}

/**
 * A public export found CPR-like text in what it would publish. Nothing was rendered; call again
 * with `confirmCpr: true` after the referent has looked at the findings.
 */
export interface CprConfirmationNeeded {
  status: 'cpr-confirmation-needed';
  message: string;
  findings: CprFinding[];
}

export type ExportResult = ExportedFile | CprConfirmationNeeded;

export const exportStages = ['started', 'layout', 'page-numbers', 'furniture', 'attachments', 'finishing', 'done', 'failed'] as const;
export type ExportStage = (typeof exportStages)[number];

/** The `export.progress` event: the first one is emitted before any rendering starts. */
export interface ExportProgress {
  /** The caller's `exportId` (or one the core made up), to tell concurrent exports apart. */
  exportId: string;
  meetingId: string;
  format: ExportFormat;
  stage: ExportStage;
  /** 0 … 1, rising. */
  fraction: number;
  /** What is happening, in Danish: "Sideskift beregnes …". */
  message: string;
}

/**
 * `export.html`: the document the PDF is printed from. `html` is complete and self-contained
 * (fonts as data: URLs, its own CSP, no script). Inside the app's page its inline <style> and
 * data: fonts are refused by the app's CSP (a srcdoc iframe inherits it), so `body` (the inner
 * HTML of <body>, every text escaped) and `css` (the same style sheet, without the fonts) are
 * given apart, for a shadow root with a constructed style sheet.
 */
export interface PreviewHtml {
  html: string;
  title: string;
  body: string;
  css: string;
}
