/**
 * The running header and footer as a document of their own: one A4 page per page of the export,
 * nothing on it but the furniture. It is printed untagged and drawn onto the export's pages as
 * artifacts (overlayFurniture.ts), because Chromium's own header/footer templates and @page
 * margin boxes leave their text outside the tagged structure on every page (DESIGN.md, measured
 * facts). The first page carries the masthead, so no header; an appended attachment's pages have
 * their own, so only a footer saying which attachment it is.
 */
import { esc } from './htmlEscape';
import { pageMargins } from './exportStyles';

export interface FurnitureText {
  headerLeft: string;
  headerRight: string;
  footerLeft: string;
}

export interface FurniturePage {
  header: boolean;
  footerLeft: string;
}

/** The minutes' own pages, then each appended attachment page labelled with its attachment. */
export function furniturePages(text: FurnitureText, bodyPages: number, attachmentPageTitles: readonly string[]): FurniturePage[] {
  return [
    ...Array.from({ length: bodyPages }, (_, i) => ({ header: i > 0, footerLeft: text.footerLeft })),
    ...attachmentPageTitles.map((title) => ({ header: false, footerLeft: `Bilag: ${title}` })),
  ];
}

export function furnitureHtml(text: FurnitureText, pages: readonly FurniturePage[], fontCss = ''): string {
  const css = `${fontCss}
@page { size: A4; margin: 0; }
html, body { margin: 0; font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; color: #444; }
.page { position: relative; height: 296mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.bar { position: absolute; left: ${pageMargins.left}mm; right: ${pageMargins.right}mm; display: flex; justify-content: space-between; gap: 8mm; }
.bar span:first-child { overflow: hidden; white-space: nowrap; text-overflow: ellipsis; }
.bar span:last-child { flex: none; }
.header { top: 11mm; padding-bottom: 1.5mm; border-bottom: 0.5pt solid #999; }
.footer { bottom: 10mm; padding-top: 1.5mm; border-top: 0.5pt solid #999; }`;
  const header = `<div class="bar header"><span>${esc(text.headerLeft)}</span><span>${esc(text.headerRight)}</span></div>`;
  const body = pages
    .map((p, i) => {
      const footer = `<div class="bar footer"><span>${esc(p.footerLeft)}</span><span>Side ${i + 1} af ${pages.length}</span></div>`;
      return `<div class="page">${p.header ? header : ''}${footer}</div>`;
    })
    .join('');
  return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}
