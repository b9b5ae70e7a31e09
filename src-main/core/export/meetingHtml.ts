/**
 * `meetingHtml`: a meeting → one self-contained HTML document, the source of the PDF and of the
 * app's preview. Pure (tested without a browser): the fonts and logo come in as options.
 *
 * The structure is what a PDF/UA reader needs, since Chromium tags the PDF from it: `lang="da"`,
 * one H1 (forum and kind), items H2 and sub-items H3 with no level skipped, the facts as a real
 * table with header cells, the table of contents as a list of links, the logo with alt text.
 */
import type { Meeting } from '../../shared/domain/meeting';
import { buildExportDoc, type ExportOptions } from './exportModel';
import type { ExportDoc, TocEntry } from './modelTypes';
import { esc, attr } from './htmlEscape';
import { richTextHtml } from './richTextHtml';
import { itemHtml } from './itemHtml';
import { attachmentIndexHtml, nextMeetingHtml, signaturesHtml } from './closingHtml';
import { exportStyles } from './exportStyles';

export interface Logo {
  /** A data: URL of a PNG or JPEG (nothing is ever fetched). */
  src: string;
  alt: string;
}

export interface HtmlOptions extends ExportOptions {
  /** @font-face rules (fonts.ts); without them the browser's sans-serif is used. */
  fontCss?: string;
  logo?: Logo | null;
  /** The page each anchor landed on in the previous rendering pass; without it no numbers are shown. */
  pageNumbers?: ReadonlyMap<string, number>;
  /** In a samlet PDF: the page each appended attachment starts on. */
  attachmentPages?: ReadonlyMap<string, number>;
}

// Nothing may load or run: fonts and the logo are data: URLs, and there is no script at all.
const csp = "default-src 'none'; style-src 'unsafe-inline'; font-src data:; img-src data:";

const safeImage = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/=]+$/;

function mastheadHtml(doc: ExportDoc, logo: Logo | null | undefined): string {
  const img = logo && safeImage.test(logo.src) ? `<img class="logo" src=${attr(logo.src)} alt=${attr(logo.alt)}>` : '';
  const org = doc.organisation ? `<p class="organisation">${esc(doc.organisation)}</p>` : '';
  return img || org ? `<header class="masthead">${img}${org}</header>` : '';
}

function factsHtml(doc: ExportDoc): string {
  const rows = doc.facts
    .map((f) => {
      const value = f.list ? `<ul class="people">${f.lines.map((l) => `<li>${esc(l)}</li>`).join('')}</ul>` : f.lines.map(esc).join('<br>');
      return `<tr><th scope="row">${esc(f.label)}</th><td>${value}</td></tr>`;
    })
    .join('');
  return `<table class="facts"><tbody>${rows}</tbody></table>`;
}

/** The ids of the texts the second pass sets (renderMeetingPdf.ts): a TOC entry's page, an attachment's. */
export const tocPageId = (anchor: string) => `side-${anchor}`;

function tocHtml(doc: ExportDoc, pages: ReadonlyMap<string, number> | undefined): string {
  if (!doc.toc.length) return '';
  const entry = (e: TocEntry): string => {
    const page = pages?.get(e.anchor);
    // The page column has a fixed width, so the digits of the second pass cannot re-wrap a line.
    const num = `<span class="toc-page" id="${tocPageId(e.anchor)}">${page === undefined ? '' : page}</span>`;
    const kids = e.children.length ? `<ol>${e.children.map(entry).join('')}</ol>` : '';
    return `<li><a href="#${e.anchor}"><span class="toc-text">${esc(e.text)}</span><span class="toc-fill"></span>${num}</a>${kids}</li>`;
  };
  return `<nav class="toc" aria-labelledby="indholdsfortegnelse"><h2 id="indholdsfortegnelse">Indholdsfortegnelse</h2><ol class="toc-list">${doc.toc.map(entry).join('')}</ol></nav>`;
}

/** The HTML of an export model (exposed for the renderer pipeline, which builds the model once). */
export function exportDocHtml(doc: ExportDoc, options: Omit<HtmlOptions, keyof ExportOptions>): string {
  const head = [
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content=${attr(csp)}>`,
    `<title>${esc(doc.documentTitle)}</title>`,
    `<meta name="author" content=${attr(doc.author)}>`,
    `<meta name="description" content=${attr(doc.subject)}>`,
    `<style>${options.fontCss ?? ''}${exportStyles}</style>`,
  ].join('');
  const intro = [
    mastheadHtml(doc, options.logo),
    // The no-break space keeps forum and kind apart in the H1's bookmark: Chromium takes the outline
    // title from the rendered text, where a plain space between two block-level spans collapses.
    `<h1><span class="forum">${esc(doc.forumName)}&nbsp;</span><span class="kind">${esc(doc.kindLabel)}</span></h1>`,
    `<p class="meeting-title">${esc(doc.meetingTitle)}</p>`,
    doc.jointBodies ? `<p class="joint">${esc(doc.jointBodies)}</p>` : '',
    doc.publicNote ? `<p class="public-note">${esc(doc.publicNote)}</p>` : '',
    doc.preamble ? `<div class="preamble">${richTextHtml(doc.preamble, 2)}</div>` : '',
    factsHtml(doc),
    tocHtml(doc, options.pageNumbers),
  ].join('');
  const items = doc.items.map((i) => itemHtml(i, 2)).join('');
  const closing = nextMeetingHtml(doc) + attachmentIndexHtml(doc, options.attachmentPages) + signaturesHtml(doc);
  return `<!DOCTYPE html><html lang="da"><head>${head}</head><body><main>${intro}${items}${closing}</main></body></html>`;
}

export function meetingHtml(meeting: Meeting, options: HtmlOptions): string {
  return exportDocHtml(buildExportDoc(meeting, options), options);
}
