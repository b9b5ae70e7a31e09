/**
 * The export service behind `export.*`: builds the export model, applies the CPR rule for public
 * exports, renders (PDF through the injected PdfRenderer, DOCX with the docx package) and reports
 * progress as `export.progress` events, the first before any work starts.
 */
import { randomUUID } from 'node:crypto';
import { existsSync, readFileSync } from 'node:fs';
import type { MethodInput } from '../../shared/api/contract';
import type { Meeting } from '../../shared/domain/meeting';
import type { CprFinding, ExportFormat, ExportResult, ExportStage } from '../../shared/export/types';
import type { EventBus } from '../eventBus';
import { attachmentPath } from '../services/attachments';
import { buildExportDoc } from './exportModel';
import { exportDocHtml, type Logo } from './meetingHtml';
import { findCprInDoc } from './cprFindings';
import { fontFaceCss } from './fonts';
import { exportFileName } from './exportFileName';
import { renderMeetingPdf } from './renderMeetingPdf';
import { meetingDocx } from './meetingDocx';
import type { PdfRenderer } from './pdfRenderer';
import type { ExportDoc } from './modelTypes';
import { stageMessages } from './stageMessages';
import { exportStyles } from './exportStyles';
import type { PreviewHtml } from '../../shared/export/types';

export interface ExportDeps {
  getMeeting(id: string): Meeting;
  /** The forum's logo for the masthead, if one is set. */
  getLogo?(forumId: string): Logo | null;
  bus: EventBus;
  now: () => Date;
  dataDir: string;
  resourcesDir: string;
  /** Called once, on the first PDF export. */
  createPdfRenderer: () => PdfRenderer;
  producer: string;
}

type FileInput = MethodInput<'export.docx'> & { samlet?: boolean };

export function createExportService(deps: ExportDeps) {
  let renderer: PdfRenderer | null = null;

  function model(input: { meetingId: string; variant?: ExportDoc['variant']; public?: boolean }) {
    const meeting = deps.getMeeting(input.meetingId);
    const doc = buildExportDoc(meeting, { variant: input.variant ?? meeting.documentKind, public: input.public ?? false });
    return { meeting, doc };
  }

  const logoOf = (meetingId: string) => deps.getLogo?.(deps.getMeeting(meetingId).forumId) ?? null;

  function progress(exportId: string, meetingId: string, format: ExportFormat) {
    return (stage: ExportStage, fraction: number) =>
      deps.bus.emit('export.progress', { exportId, meetingId, format, stage, fraction, message: stageMessages[stage] });
  }

  /** The CPR rule: a public export with findings waits for the referent's confirmation. */
  function cprGate(doc: ExportDoc, input: FileInput): ExportResult | null {
    if (!doc.public || input.confirmCpr) return null;
    const findings = findCprInDoc(doc);
    if (!findings.length) return null;
    const where = [...new Set(findings.map((f) => (f.itemNumber ? `punkt ${f.itemNumber}` : f.fieldLabel)))].join(', ');
    return {
      status: 'cpr-confirmation-needed',
      message: `Der står noget, der ligner et CPR-nummer, i det der offentliggøres (${where}). Ret teksten, eller bekræft, at det skal med.`,
      findings,
    };
  }

  function appendixFor(doc: ExportDoc) {
    return doc.attachments.flatMap((g) =>
      g.entries.map((e) => {
        const path = e.sha256 ? attachmentPath(deps.dataDir, e.sha256) : null;
        return { attachmentId: e.attachmentId, title: e.title, bytes: path && existsSync(path) ? new Uint8Array(readFileSync(path)) : null };
      }),
    );
  }

  async function run(format: ExportFormat, input: FileInput, work: (doc: ExportDoc, meeting: Meeting, report: ReturnType<typeof progress>) => Promise<ExportResult>) {
    const report = progress(input.exportId ?? randomUUID(), input.meetingId, format);
    report('started', 0);
    try {
      const { meeting, doc } = model(input);
      const gated = cprGate(doc, input);
      if (gated) {
        report('done', 1);
        return gated;
      }
      const result = await work(doc, meeting, report);
      report('done', 1);
      return result;
    } catch (e) {
      report('failed', 1);
      throw e;
    }
  }

  return {
    html(input: MethodInput<'export.html'>): PreviewHtml {
      const { doc } = model(input);
      const html = exportDocHtml(doc, { fontCss: fontFaceCss(deps.resourcesDir), logo: logoOf(input.meetingId) });
      // Every text in the document is escaped, so the only <body> tags are our own.
      const body = html.slice(html.indexOf('<body>') + '<body>'.length, html.lastIndexOf('</body>'));
      return { html, title: doc.documentTitle, body, css: exportStyles };
    },

    findCpr(input: MethodInput<'export.findCpr'>): CprFinding[] {
      return findCprInDoc(model({ ...input, public: true }).doc);
    },

    /** `using`: another renderer for this one export (the CLI's, which honours its own environment). */
    pdf(input: MethodInput<'export.pdf'>, using?: { renderer: PdfRenderer }): Promise<ExportResult> {
      return run('pdf', input, async (doc, meeting, report) => {
        const pdf = await renderMeetingPdf({
          doc,
          renderer: using?.renderer ?? (renderer ??= deps.createPdfRenderer()),
          fontCss: fontFaceCss(deps.resourcesDir),
          logo: logoOf(meeting.id),
          producer: deps.producer,
          now: deps.now(),
          appendix: input.samlet ? appendixFor(doc) : undefined,
          progress: report,
        });
        return {
          status: 'exported',
          fileName: exportFileName(doc, meeting.date, 'pdf', input.samlet),
          mediaType: 'application/pdf',
          dataBase64: Buffer.from(pdf.bytes).toString('base64'),
          pages: pdf.pages,
          pdfua: pdf.pdfua,
          warnings: pdf.warnings,
        };
      });
    },

    docx(input: MethodInput<'export.docx'>): Promise<ExportResult> {
      return run('docx', input, async (doc, meeting, report) => {
        report('layout', 0.2);
        const bytes = await meetingDocx(doc, logoOf(meeting.id));
        return {
          status: 'exported',
          fileName: exportFileName(doc, meeting.date, 'docx'),
          mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
          dataBase64: Buffer.from(bytes).toString('base64'),
          pages: null,
          pdfua: null,
          warnings: [],
        };
      });
    },

    /** Ends the renderer's browser, if one was started. */
    async close(): Promise<void> {
      const r = renderer;
      renderer = null;
      await r?.close();
    },
  };
}

export type ExportService = ReturnType<typeof createExportService>;
