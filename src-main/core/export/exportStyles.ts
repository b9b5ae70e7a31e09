/**
 * The printed look, in the municipal style of ../shared/examples: one sans-serif face, a plain
 * facts table, a table of contents with dotted leaders, items one after another (not a page
 * each), the signature page on its own page. The page margins leave room for the running
 * header and footer, which are drawn afterwards as artifacts (furnitureHtml.ts).
 *
 * No CSS-generated text (::before/::after content, @page margin boxes): Chromium draws such text
 * outside the tagged structure, which a PDF/UA check rejects.
 */
import { layoutOnlyClass } from './pdfRenderer';

export const pageMargins = { top: 24, right: 20, bottom: 22, left: 22 } as const;

export const exportStyles = `
html.${layoutOnlyClass} body * { visibility: hidden !important; }
@page { size: A4; margin: ${pageMargins.top}mm ${pageMargins.right}mm ${pageMargins.bottom}mm ${pageMargins.left}mm; }
html { font-family: 'Noto Sans', sans-serif; font-size: 10.5pt; line-height: 1.42; color: #111; background: #fff; }
body { margin: 0; }
.masthead { display: flex; align-items: center; gap: 6mm; margin: 0 0 8mm; }
.masthead .logo { max-height: 18mm; max-width: 55mm; }
.organisation { font-size: 11pt; font-weight: 700; margin: 0; }
h1 { font-size: 19pt; line-height: 1.2; margin: 0 0 3mm; }
h1 .forum, h1 .kind { display: block; }
h1 .kind { font-size: 13pt; letter-spacing: 0.08em; text-transform: uppercase; margin-top: 2.5mm; }
.meeting-title { font-size: 12pt; margin: 0 0 2mm; }
.joint, .public-note { margin: 0 0 2mm; }
.public-note { font-style: italic; }
.preamble { margin: 4mm 0; }
table.facts { border-collapse: collapse; width: 100%; margin: 5mm 0 7mm; }
table.facts th { text-align: left; vertical-align: top; width: 36mm; padding: 1.2mm 4mm 1.2mm 0; font-weight: 700; }
table.facts td { vertical-align: top; padding: 1.2mm 0; }
table.facts tr + tr th, table.facts tr + tr td { border-top: 0.5pt solid #bbb; }
ul.people { list-style: none; margin: 0; padding: 0; }
nav.toc { margin: 0 0 6mm; }
ol.toc-list, ol.toc-list ol { list-style: none; margin: 0; padding: 0; }
ol.toc-list ol { padding-left: 7mm; }
ol.toc-list li { margin: 0.8mm 0; }
/* No table-of-contents line left alone on the next page. */
ol.toc-list > li:nth-last-child(-n + 2) { break-before: avoid; }
ol.toc-list a { display: flex; align-items: baseline; color: inherit; text-decoration: none; }
.toc-text { flex: 0 1 auto; }
.toc-fill { flex: 1 1 auto; min-width: 6mm; margin: 0 2mm; border-bottom: 0.8pt dotted #777; }
.toc-page { flex: 0 0 9mm; text-align: right; }
h1, h2, h3, h4, h5, h6 { break-inside: avoid; }
h2 { font-size: 14pt; line-height: 1.25; margin: 8mm 0 2mm; break-after: avoid; }
h3 { font-size: 11.5pt; line-height: 1.3; margin: 4.5mm 0 1.2mm; break-after: avoid; }
h4, h5, h6 { font-size: 10.5pt; line-height: 1.3; margin: 3.5mm 0 1mm; break-after: avoid; }
.sub-item > h3 { font-size: 12pt; margin-top: 6mm; }
.sub-item h4.label { font-size: 10.5pt; }
p { margin: 0 0 2mm; }
ul, ol { margin: 0 0 2mm; padding-left: 6mm; }
li > p { margin: 0 0 1mm; }
.subtitle { font-style: italic; }
.presenter { margin-bottom: 1mm; }
.meta { font-size: 9pt; color: #333; margin: 0 0 2mm; }
.closed-note, .break { font-style: italic; }
.break { margin: 6mm 0; font-size: 11pt; }
.speaker { margin: 0 0 2.5mm; }
.speaker .who { margin: 0 0 0.8mm; break-after: avoid; }
ul.plain { list-style: none; padding-left: 0; }
.absence { font-style: italic; }
a { color: #0b4f8a; }
.attachment-index ul { list-style: none; padding-left: 6mm; }
.attachment-index > ul { padding-left: 0; }
.attachment-index a { color: inherit; text-decoration: none; }
section.signatures { break-before: page; }
.signature-grid { display: grid; grid-template-columns: 1fr 1fr; column-gap: 14mm; row-gap: 4mm; margin-top: 8mm; }
.signature { break-inside: avoid; padding-top: 14mm; }
.signature .line { border-bottom: 0.8pt solid #000; margin-bottom: 1.5mm; }
.signature p { margin: 0; }
.signature .detail { font-size: 9pt; color: #333; }
`;
