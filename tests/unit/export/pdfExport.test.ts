/**
 * Real PDFs from a real Chromium, checked with poppler, qpdf and the project's PDF/UA checker:
 * both example meetings in every variant, a public one, the kitchen-sink meeting, and a 60-item
 * (≈100-page) meeting. One core and so one browser for the whole file.
 */
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';
import { buildExportDoc } from '../../../src-main/core/export/exportModel';
import type { ExportDoc, TocEntry } from '../../../src-main/core/export/modelTypes';
import { docToPlainText } from '../../../src-main/shared/richText/plainText';
import type { ExportProgress, ExportVariant, ExportedFile } from '../../../src-main/shared/export/types';
import { importMeeting, meetingFiles } from './support/exportFixtures';
import { inOrder, pdfFonts, pdfInfo, pdfPages, qpdfCheck, tocAndHeadingPages } from './support/poppler';
import { checkPdfUa } from './support/pdfUaChecker';
import { sinkWords } from './support/sinkMeeting';

interface Case {
  meeting: keyof typeof meetingFiles;
  variant: ExportVariant;
  public?: boolean;
}
const cases: Case[] = [
  { meeting: 'norddjurs', variant: 'agenda' },
  { meeting: 'norddjurs', variant: 'minutes' },
  { meeting: 'norddjurs', variant: 'decision-minutes' },
  { meeting: 'norddjurs', variant: 'decision-minutes', public: true },
  { meeting: 'ringsted', variant: 'agenda' },
  { meeting: 'ringsted', variant: 'minutes' },
  { meeting: 'ringsted', variant: 'decision-minutes' },
  { meeting: 'sink', variant: 'minutes' },
  { meeting: 'sink', variant: 'minutes', public: true },
  { meeting: 'sink', variant: 'agenda', public: true },
  { meeting: 'sixty', variant: 'minutes' },
];
const label = (c: Case) => `${c.meeting} ${c.variant}${c.public ? ' public' : ''}`;

interface Rendered {
  file: string;
  bytes: Uint8Array;
  result: ExportedFile;
  doc: ExportDoc;
  pages: string[];
  /** pdftotext without -layout: the content stream's (the document's) order. */
  raw: string;
}

let fixture: ReturnType<typeof openTestCore>;
let tmp: ReturnType<typeof makeTempDir>;
const rendered = new Map<string, Rendered>();
const progress: ExportProgress[] = [];

beforeAll(async () => {
  fixture = openTestCore();
  tmp = makeTempDir('referent-pdf-');
  fixture.core.on('export.progress', (e) => progress.push(e));
  const ids = Object.fromEntries(Object.entries(meetingFiles).map(([k, f]) => [k, importMeeting(fixture.core, f(), `${k}.json`)]));
  for (const c of cases) {
    const meetingId = ids[c.meeting]!;
    const result = await fixture.core.call('export.pdf', { meetingId, variant: c.variant, public: !!c.public, confirmCpr: true, exportId: label(c) });
    if (result.status !== 'exported') throw new Error(`${label(c)}: ${result.status}`);
    const file = join(tmp.path, `${label(c).replace(/ /g, '-')}.pdf`);
    const bytes = new Uint8Array(Buffer.from(result.dataBase64, 'base64'));
    writeFileSync(file, bytes);
    const doc = buildExportDoc(fixture.core.services.meetings.get(meetingId), { variant: c.variant, public: !!c.public });
    rendered.set(label(c), { file, bytes, result, doc, pages: pdfPages(file), raw: pdfPages(file, false).join('\n') });
  }
}, 240_000);

afterAll(() => {
  fixture?.dispose();
  tmp?.remove();
});

const flatToc = (toc: TocEntry[]): string[] => toc.flatMap((e) => [e.text, ...flatToc(e.children)]);
const firstLine = (doc: Parameters<typeof docToPlainText>[0]) => docToPlainText(doc).split('\n').find((l) => l.trim())?.trim().slice(0, 45) ?? '';

/** What must be in the text, in order: facts, names, item headings, decisions and follow-ups. */
function expectedSequence(doc: ExportDoc): string[] {
  const out = doc.facts.flatMap((f) => [f.label, ...f.lines.map((l) => l.split(',')[0]!.split(' (')[0]!)]);
  const walk = (items: ExportDoc['items']) => {
    for (const i of items) {
      out.push(i.heading);
      for (const s of i.sections) {
        if (s.field === 'decision') for (const p of s.parts) if (p.type === 'rich') out.push(firstLine(p.doc));
        if (s.field === 'actions') for (const p of s.parts) if (p.type === 'list') out.push(...p.items.map((t) => t.slice(0, 40)));
      }
      walk(i.subItems);
    }
  };
  walk(doc.items);
  return out.filter(Boolean);
}

describe.each(cases.map((c) => [label(c), c] as const))('%s', (name, c) => {
  const r = () => rendered.get(name)!;

  it('is tagged, titled, with every font embedded, and qpdf finds nothing wrong', () => {
    const info = pdfInfo(r().file);
    expect(info.Tagged).toBe('yes');
    expect(info.Title).toBe(r().doc.documentTitle);
    expect(Number(info.Pages)).toBe(r().result.pages);
    expect(info['Page size']).toContain('(A4)');
    const fonts = pdfFonts(r().file);
    expect(fonts.length).toBeGreaterThan(0);
    expect(fonts.filter((f) => !f.embedded)).toEqual([]);
    expect(fonts.some((f) => f.name.includes('NotoSans'))).toBe(true);
    const q = qpdfCheck(r().file);
    expect(q.output).toContain('No syntax or stream encoding errors');
    expect(q.status).toBe(0);
  });

  it('shows in its table of contents the page each heading is on', () => {
    const headings = flatToc(r().doc.toc);
    const found = tocAndHeadingPages(r().pages, headings);
    for (const f of found) {
      expect(f.found, `heading "${f.heading}" after the table of contents`).not.toBeNull();
      expect(f.toc, `table of contents entry "${f.heading}"`).toBe(f.found);
    }
  });

  it('holds the facts, names, items, decisions and follow-ups in order, and "Side X af Y" on every page', () => {
    expect(inOrder(r().raw, expectedSequence(r().doc))).toEqual({ ok: true, missing: null });
    const n = r().pages.length;
    r().pages.forEach((p, i) => expect(p).toContain(`Side ${i + 1} af ${n}`));
    expect(r().pages[0]).toContain(r().doc.forumName);
  });

  it('passes the PDF/UA check: furniture as artifacts, catalog, XMP, headings, fonts, bookmarks', async () => {
    const items = r().doc.items.filter((i) => !i.isBreak);
    const fails = await checkPdfUa(r().bytes, {
      minBookmarks: items.length + 1,
      bookmarkTitles: items.map((i) => i.heading),
      claimsPdfUa: true,
      title: r().doc.documentTitle,
    });
    expect(fails).toEqual([]);
    expect(r().result.pdfua).toEqual({ conforms: true, missing: [] });
  });

  if (c.variant === 'agenda') {
    it('holds no notes, decisions or outcomes', () => {
      const text = r().pages.join('\n');
      for (const w of ['Beslutning i', 'Deltagere', 'Fraværende', 'Underskriftsside', ...sinkWords.notes, ...sinkWords.decision]) expect(text).not.toContain(w);
    });
  }

  if (c.public) {
    it('holds no word of a closed item, only its number and title', () => {
      const text = r().pages.join('\n');
      for (const w of sinkWords.closed) expect(text).not.toContain(w);
      if (c.meeting === 'sink') expect(text).toMatch(/4\. Personsag om hjælpemidler\s+Lukket punkt/);
      expect(text).toContain('Offentlig udgave');
    });
  }
});

it('the agenda holds none of the decision texts the minutes of the same meeting hold', () => {
  for (const meeting of ['norddjurs', 'ringsted'] as const) {
    const agenda = rendered.get(`${meeting} agenda`)!.pages.join('\n');
    const minutes = rendered.get(`${meeting} minutes`)!;
    const decisions = minutes.doc.items.flatMap((i) => i.sections.filter((s) => s.field === 'decision' || s.field === 'notes' || s.field === 'roundTable'));
    const lines = decisions.flatMap((s) => s.parts.map((p) => (p.type === 'rich' ? firstLine(p.doc) : p.type === 'speaker' ? firstLine(p.doc) : ''))).filter((l) => l.length > 12);
    expect(lines.length).toBeGreaterThan(3);
    for (const l of lines) expect(inOrder(agenda, [l]).ok, l).toBe(false);
    expect(inOrder(minutes.pages.join('\n'), lines).ok).toBe(true);
  }
});

it('reported progress for every export, from "started" to "done"', () => {
  for (const c of cases) {
    const stages = progress.filter((e) => e.exportId === label(c)).map((e) => e.stage);
    expect(stages[0]).toBe('started');
    expect(stages.at(-1)).toBe('done');
    expect(stages).toContain('page-numbers');
  }
});
