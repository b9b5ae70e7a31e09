/**
 * The export model as a Word document (docx package), for those who must edit the minutes in
 * Word: the same content in the same order as the PDF. Word paginates itself, so the table of
 * contents is a list of links to the items (bookmarks) without page numbers, and the footer's
 * "Side X af Y" are Word's own page fields.
 */
import {
  AlignmentType, Bookmark, BorderStyle, Document, Footer, Header, ImageRun, InternalHyperlink, LevelFormat, Packer, PageNumber, Paragraph,
  Table, TableCell, TableRow, TextRun, WidthType, type ParagraphChild,
} from 'docx';
import { closingAnchors, type ExportDoc, type ExportItem, type Part, type Section } from './modelTypes';
import { headingLevel, ListInstances, richTextDocx } from './docxRichText';
import { imageSize } from './imageSize';
import type { Logo } from './meetingHtml';

/** The masthead logo at most 55 × 18 mm (as in the PDF), in Word's pixels at 96 dpi. */
function logoParagraph(logo: Logo): Paragraph | null {
  const m = /^data:image\/(png|jpeg);base64,(.+)$/.exec(logo.src);
  if (!m) return null;
  const data = Buffer.from(m[2]!, 'base64');
  const size = imageSize(data);
  if (!size || !size.width || !size.height) return null;
  const scale = Math.min((55 / 25.4) * 96 / size.width, (18 / 25.4) * 96 / size.height, 1);
  return new Paragraph({
    children: [
      new ImageRun({
        type: m[1] === 'png' ? 'png' : 'jpg',
        data,
        transformation: { width: Math.round(size.width * scale), height: Math.round(size.height * scale) },
        altText: { title: logo.alt, description: logo.alt, name: 'Logo' },
      }),
    ],
  });
}

/** Word bookmark names: a letter first, then letters, digits and underscores. */
const bookmark = (anchor: string) => `b_${anchor.replace(/[^A-Za-z0-9]/g, '_')}`;

const text = (t: string, opts: { bold?: boolean; italics?: boolean } = {}) => new Paragraph({ children: [new TextRun({ text: t, ...opts })] });

function heading(level: number, t: string, anchor?: string, pageBreakBefore = false): Paragraph {
  const run = new TextRun(t);
  const children: ParagraphChild[] = anchor ? [new Bookmark({ id: bookmark(anchor), children: [run] })] : [run];
  return new Paragraph({ heading: headingLevel(level), children, pageBreakBefore, keepNext: true });
}

function partDocx(part: Part, richBase: number, lists: ListInstances): Paragraph[] {
  switch (part.type) {
    case 'rich':
      return richTextDocx(part.doc, richBase, lists);
    case 'text':
      return [text(part.text, { bold: part.strong })];
    case 'list':
      return part.items.map((t) => new Paragraph({ children: [new TextRun(t)], ...(part.plain ? {} : { bullet: { level: 0 } }) }));
    case 'speaker':
      return [
        new Paragraph({ children: [new TextRun({ text: part.name, bold: true }), new TextRun(`${part.detail ? `, ${part.detail}` : ''}:`)] }),
        ...richTextDocx(part.doc, richBase, lists),
      ];
  }
}

function sectionDocx(s: Section, labelLevel: number, lists: ListInstances): Paragraph[] {
  const label = s.label === null ? [] : [heading(labelLevel, s.label)];
  const base = s.label === null ? labelLevel : labelLevel + 1;
  return [...label, ...s.parts.flatMap((p) => partDocx(p, base, lists))];
}

function itemDocx(item: ExportItem, level: 2 | 3, lists: ListInstances): Paragraph[] {
  if (item.isBreak) return [text(item.heading, { italics: true })];
  const out = [heading(level, item.heading, item.anchor)];
  if (item.closedPlaceholder) return [...out, text('Lukket punkt', { italics: true })];
  if (item.subtitle) out.push(text(item.subtitle, { italics: true }));
  if (item.presenterLine) out.push(text(item.presenterLine));
  if (item.meta.length) out.push(new Paragraph({ children: [new TextRun({ text: item.meta.join(' · '), size: 18 })] }));
  for (const s of item.sections) out.push(...sectionDocx(s, level + 1, lists));
  for (const sub of item.subItems) out.push(...itemDocx(sub, 3, lists));
  return out;
}

const noBorders = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.SINGLE, size: 2, color: 'BBBBBB' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

function factsTable(doc: ExportDoc): Table {
  const rows = doc.facts.map(
    (f) =>
      new TableRow({
        children: [
          new TableCell({ width: { size: 25, type: WidthType.PERCENTAGE }, borders: noBorders, children: [text(f.label, { bold: true })] }),
          new TableCell({
            width: { size: 75, type: WidthType.PERCENTAGE },
            borders: noBorders,
            children: f.lines.map((l) => new Paragraph({ spacing: { after: 0 }, children: [new TextRun(l)] })),
          }),
        ],
      }),
  );
  return new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows });
}

function body(doc: ExportDoc, lists: ListInstances, logo: Logo | null): Array<Paragraph | Table> {
  const out: Array<Paragraph | Table> = [];
  const logoRun = logo && logoParagraph(logo);
  if (logoRun) out.push(logoRun);
  if (doc.organisation) out.push(text(doc.organisation, { bold: true }));
  out.push(new Paragraph({ heading: headingLevel(1), children: [new TextRun(doc.forumName), new TextRun({ text: doc.kindLabel.toUpperCase(), break: 1, size: 26 })] }));
  out.push(text(doc.meetingTitle));
  if (doc.jointBodies) out.push(text(doc.jointBodies));
  if (doc.publicNote) out.push(text(doc.publicNote, { italics: true }));
  out.push(...richTextDocx(doc.preamble, 2, lists));
  out.push(factsTable(doc));
  if (doc.toc.length) {
    out.push(heading(2, 'Indholdsfortegnelse'));
    const toc = (entries: ExportDoc['toc'], depth: number): Paragraph[] =>
      entries.flatMap((e) => [
        new Paragraph({
          indent: { left: 400 * depth },
          children: [new InternalHyperlink({ anchor: bookmark(e.anchor), children: [new TextRun({ text: e.text, style: 'Hyperlink' })] })],
        }),
        ...toc(e.children, depth + 1),
      ]);
    out.push(...toc(doc.toc, 0));
  }
  for (const item of doc.items) out.push(...itemDocx(item, 2, lists));
  if (doc.nextMeeting.length) out.push(heading(2, 'Næste møde', closingAnchors.nextMeeting), ...doc.nextMeeting.map((l) => text(l)));
  if (doc.attachments.length) {
    out.push(heading(2, 'Bilagsoversigt', closingAnchors.attachments));
    for (const g of doc.attachments) {
      out.push(text(g.heading, { bold: true }), ...g.entries.map((e) => new Paragraph({ children: [new TextRun(e.line)], bullet: { level: 0 } })));
    }
  }
  if (doc.signers.length) {
    out.push(heading(2, 'Underskriftsside', closingAnchors.signatures, true));
    for (const s of doc.signers) {
      out.push(new Paragraph({ spacing: { before: 720 }, border: { bottom: { style: BorderStyle.SINGLE, size: 6, color: '000000' } }, children: [] }));
      out.push(text(s.name), ...(s.detail ? [text(s.detail)] : []));
    }
  }
  return out;
}

/** The PDF's look in Word's terms: one face, black headings, room between paragraphs (sizes in half-points, spacing in twips). */
const headingStyle = (size: number, before: number) => ({ run: { font: 'Noto Sans', size, bold: true, color: '111111' }, paragraph: { spacing: { before, after: 80 }, keepNext: true } });
const docxStyles = {
  document: { run: { font: 'Noto Sans', size: 21, language: { value: 'da-DK' } }, paragraph: { spacing: { after: 100, line: 276 } } },
  heading1: { ...headingStyle(38, 0), paragraph: { spacing: { after: 160, line: 320 }, keepNext: true } },
  heading2: headingStyle(28, 320),
  heading3: headingStyle(23, 200),
  heading4: headingStyle(21, 160),
  heading5: headingStyle(21, 120),
  heading6: headingStyle(21, 120),
};

export async function meetingDocx(doc: ExportDoc, logo: Logo | null = null): Promise<Uint8Array> {
  const lists = new ListInstances();
  const children = body(doc, lists, logo);
  const small = { size: 17, color: '444444' };
  const document = new Document({
    title: doc.documentTitle,
    subject: doc.subject,
    creator: doc.author,
    description: doc.subject,
    lastModifiedBy: 'Referent',
    styles: { default: docxStyles },
    numbering: {
      config: [1, ...lists.starts].map((start) => ({
        reference: lists.reference(start),
        levels: Array.from({ length: 9 }, (_, level) => ({
          level,
          format: LevelFormat.DECIMAL,
          text: `%${level + 1}.`,
          start,
          alignment: AlignmentType.START,
          style: { paragraph: { indent: { left: 720 * (level + 1), hanging: 360 } } },
        })),
      })),
    },
    sections: [
      {
        headers: { default: new Header({ children: [new Paragraph({ children: [new TextRun({ text: `${doc.furniture.headerLeft} · ${doc.furniture.headerRight}`, ...small })] })] }) },
        footers: {
          default: new Footer({
            children: [
              new Paragraph({
                alignment: AlignmentType.RIGHT,
                children: [new TextRun({ children: [`${doc.furniture.footerLeft} · Side `, PageNumber.CURRENT, ' af ', PageNumber.TOTAL_PAGES], ...small })],
              }),
            ],
          }),
        },
        children,
      },
    ],
  });
  return new Uint8Array(await Packer.toBuffer(document));
}
