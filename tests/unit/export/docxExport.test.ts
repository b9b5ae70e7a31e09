/**
 * The DOCX export holds the same items, decisions and follow-ups, in the same order, as the PDF
 * (both come from the export model); LibreOffice opens it and converts it to PDF (the Debian
 * package is needed: without `soffice` that test is skipped with a note).
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/coreFixture';
import { makeTempDir } from '../../support/tempDir';
import { buildExportDoc } from '../../../src-main/core/export/exportModel';
import type { ExportDoc } from '../../../src-main/core/export/modelTypes';
import { docToPlainText } from '../../../src-main/shared/richText/plainText';
import type { ExportVariant } from '../../../src-main/shared/export/types';
import { importMeeting, meetingFiles } from './support/exportFixtures';
import { inOrder, pdfPages } from './support/poppler';
import { sinkWords } from './support/sinkMeeting';

const hasSoffice = spawnSync('soffice', ['--version'], { encoding: 'utf8' }).status === 0;
if (!hasSoffice) console.warn('docxExport.test: soffice (Debian: libreoffice-writer-nogui) is not installed; the LibreOffice conversion test is skipped.');

let fixture: ReturnType<typeof openTestCore>;
let tmp: ReturnType<typeof makeTempDir>;
const ids: Record<string, string> = {};

beforeAll(() => {
  fixture = openTestCore();
  tmp = makeTempDir('referent-docx-');
  for (const name of ['norddjurs', 'ringsted', 'sink'] as const) ids[name] = importMeeting(fixture.core, meetingFiles[name](), `${name}.json`);
});
afterAll(() => {
  fixture.dispose();
  tmp.remove();
});

async function exportDocx(name: string, variant: ExportVariant, isPublic = false): Promise<{ file: string; doc: ExportDoc }> {
  const r = await fixture.core.call('export.docx', { meetingId: ids[name]!, variant, public: isPublic, confirmCpr: true });
  if (r.status !== 'exported') throw new Error(r.status);
  expect(r.fileName).toMatch(/\.docx$/);
  const file = join(tmp.path, `${name}-${variant}${isPublic ? '-public' : ''}.docx`);
  writeFileSync(file, Buffer.from(r.dataBase64, 'base64'));
  return { file, doc: buildExportDoc(fixture.core.services.meetings.get(ids[name]!), { variant, public: isPublic }) };
}

/** The words of word/document.xml (paragraphs apart). */
function docxText(file: string): string {
  const xml = execFileSync('unzip', ['-p', file, 'word/document.xml'], { encoding: 'utf8', maxBuffer: 64 << 20 });
  return xml
    .replace(/<\/w:p>/g, '\n')
    .replace(/<[^>]+>/g, '')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

function sequence(doc: ExportDoc): string[] {
  const out: string[] = [];
  const walk = (items: ExportDoc['items']) =>
    items.forEach((i) => {
      out.push(i.heading);
      for (const s of i.sections) {
        for (const p of s.parts) {
          if (s.field === 'decision' && p.type === 'rich') out.push(docToPlainText(p.doc).split('\n')[0]!.slice(0, 40));
          if (s.field === 'actions' && p.type === 'list') out.push(...p.items.map((t) => t.slice(0, 30)));
        }
      }
      walk(i.subItems);
    });
  walk(doc.items);
  return out.filter(Boolean);
}

describe('DOCX export', () => {
  it('holds the facts, items, decisions and follow-ups in the order of the PDF', async () => {
    for (const name of ['norddjurs', 'ringsted', 'sink']) {
      const { file, doc } = await exportDocx(name, 'minutes');
      const text = docxText(file);
      expect(inOrder(text, [doc.forumName, doc.kindLabel.toUpperCase(), ...doc.facts.map((f) => f.label), 'Indholdsfortegnelse', ...sequence(doc)])).toEqual({ ok: true, missing: null });
    }
  });

  it('keeps the variants: the agenda has no decisions, the public version no closed item', async () => {
    const agenda = docxText((await exportDocx('sink', 'agenda')).file);
    for (const w of [...sinkWords.notes, ...sinkWords.decision, 'Beslutning i']) expect(agenda).not.toContain(w);
    const pub = docxText((await exportDocx('sink', 'minutes', true)).file);
    for (const w of sinkWords.closed) expect(pub).not.toContain(w);
    expect(pub).toContain('Lukket punkt');
  });

  it.skipIf(!hasSoffice)('a numbered list counts from its own start, as in the file and the PDF ("3." stays 3.)', async () => {
    const m = meetingFiles.norddjurs() as { id: string; items: Array<Record<string, unknown>> };
    m.id = '0b7a4c1e-5d2f-4a8b-9c3e-1f2a3b4c5d6e';
    m.items[0]!.recommendation = '3. Fastlægger mødedatoer for 2021\n4. Drøfter emner til det kommende møde';
    m.items[1]!.recommendation = '1. Første punkt på listen\n2. Andet punkt på listen';
    const id = importMeeting(fixture.core, m, 'start.json');
    const r = await fixture.core.call('export.docx', { meetingId: id, variant: 'minutes', public: false, confirmCpr: true });
    if (r.status !== 'exported') throw new Error(r.status);
    const file = join(tmp.path, 'list-start.docx');
    writeFileSync(file, Buffer.from(r.dataBase64, 'base64'));
    const profile = join(tmp.path, 'lo-profile');
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'txt:Text (encoded):UTF8', '--outdir', tmp.path, file], { stdio: 'pipe', timeout: 120_000 });
    const text = readFileSync(file.replace(/\.docx$/, '.txt'), 'utf8');
    expect(text).toMatch(/3\.\s+Fastlægger mødedatoer for 2021\s+4\.\s+Drøfter emner/);
    expect(text).toMatch(/1\.\s+Første punkt på listen\s+2\.\s+Andet punkt/);
  }, 180_000);

  it.skipIf(!hasSoffice)('opens in LibreOffice, whose PDF holds the same items and decisions', async () => {
    const { file, doc } = await exportDocx('norddjurs', 'decision-minutes');
    const profile = join(tmp.path, 'lo-profile');
    execFileSync('soffice', [`-env:UserInstallation=file://${profile}`, '--headless', '--convert-to', 'pdf', '--outdir', tmp.path, file], { stdio: 'pipe', timeout: 120_000 });
    const pages = pdfPages(file.replace(/\.docx$/, '.pdf'));
    expect(inOrder(pages.join('\n'), sequence(doc))).toEqual({ ok: true, missing: null });
    expect(pages[0]).toContain(`Side 1 af ${pages.length}`);
  }, 180_000);
});
