/**
 * The running header and footer as a document of their own: one A4 page per body page, nothing
 * on it but the furniture. It is printed untagged and drawn onto the body pages as artifacts
 * (overlayFurniture.ts), because Chromium's own header/footer templates and @page margin boxes
 * leave their text outside the tagged structure on every page (DESIGN.md, measured facts).
 * The header is left off the first page, which carries the masthead.
 */
import { esc } from './htmlEscape';
import { pageMargins } from './exportStyles';

export interface FurnitureText {
  headerLeft: string;
  headerRight: string;
  footerLeft: string;
}

export function furnitureHtml(text: FurnitureText, pages: number, fontCss = ''): string {
  const css = `${fontCss}
@page { size: A4; margin: 0; }
html, body { margin: 0; font-family: 'Noto Sans', sans-serif; font-size: 8.5pt; color: #444; }
.page { position: relative; height: 296mm; overflow: hidden; break-after: page; }
.page:last-child { break-after: auto; }
.bar { position: absolute; left: ${pageMargins.left}mm; right: ${pageMargins.right}mm; display: flex; justify-content: space-between; gap: 8mm; }
.header { top: 11mm; padding-bottom: 1.5mm; border-bottom: 0.5pt solid #999; }
.footer { bottom: 10mm; padding-top: 1.5mm; border-top: 0.5pt solid #999; }`;
  const header = `<div class="bar header"><span>${esc(text.headerLeft)}</span><span>${esc(text.headerRight)}</span></div>`;
  const footerLeft = esc(text.footerLeft);
  let body = '';
  for (let i = 1; i <= pages; i++) {
    const footer = `<div class="bar footer"><span>${footerLeft}</span><span>Side ${i} af ${pages}</span></div>`;
    body += `<div class="page">${i === 1 ? '' : header}${footer}</div>`;
  }
  return `<!DOCTYPE html><html lang="da"><head><meta charset="utf-8"><style>${css}</style></head><body>${body}</body></html>`;
}
