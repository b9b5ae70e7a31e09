/** The end of the document: Næste møde, Bilagsoversigt and the signature page. */
import { closingAnchors, type ExportDoc } from './modelTypes';
import { attr, esc } from './htmlEscape';

export const attachmentPageId = (attachmentId: string) => `bilag-side-${attachmentId}`;
export const attachmentPageText = (page: number) => `, side ${page}`;

export function nextMeetingHtml(doc: ExportDoc): string {
  if (!doc.nextMeeting.length) return '';
  const lines = doc.nextMeeting.map((l) => `<p>${esc(l)}</p>`).join('');
  return `<section class="next-meeting"><h2 id="${closingAnchors.nextMeeting}">Næste møde</h2>${lines}</section>`;
}

/** `attachmentPages`: in a samlet PDF, the page each appended attachment starts on. */
export function attachmentIndexHtml(doc: ExportDoc, attachmentPages?: ReadonlyMap<string, number>): string {
  if (!doc.attachments.length) return '';
  const groups = doc.attachments
    .map((g) => {
      const entries = g.entries
        .map((e) => {
          const page = attachmentPages?.get(e.attachmentId);
          return `<li>${esc(e.line)}<span id=${attr(attachmentPageId(e.attachmentId))}>${page === undefined ? '' : attachmentPageText(page)}</span></li>`;
        })
        .join('');
      return `<li><a href="#${g.anchor}">${esc(g.heading)}</a><ul>${entries}</ul></li>`;
    })
    .join('');
  return `<section class="attachment-index"><h2 id="${closingAnchors.attachments}">Bilagsoversigt</h2><ul>${groups}</ul></section>`;
}

export function signaturesHtml(doc: ExportDoc): string {
  if (!doc.signers.length) return '';
  const blocks = doc.signers
    .map((s) => {
      const detail = s.detail ? `<p class="detail">${esc(s.detail)}</p>` : '';
      return `<div class="signature"><div class="line"></div><p>${esc(s.name)}</p>${detail}</div>`;
    })
    .join('');
  return `<section class="signatures"><h2 id="${closingAnchors.signatures}">Underskriftsside</h2><div class="signature-grid">${blocks}</div></section>`;
}
