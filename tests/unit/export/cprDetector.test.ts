/** The CPR rule of a public export: what counts as a CPR number, where it is, and the refusal. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { findCprNumbers, cprExcerpt } from '../../../src-main/core/export/cprDetector';
import { openTestCore } from '../../support/coreFixture';
import { importMeeting, meetingFiles } from './support/exportFixtures';
import { sinkCpr } from './support/sinkMeeting';
import type { ExportProgress } from '../../../src-main/shared/export/types';

const found = (s: string) => findCprNumbers(s).map((m) => m.text);

describe('findCprNumbers', () => {
  it('finds ddmmyy-xxxx with a real date, with any dash', () => {
    expect(found('Borgeren, 150421-1234, bor i Grenaa.')).toEqual(['150421-1234']);
    expect(found('cpr 010190–4321 og 290200‑1111')).toEqual(['010190–4321', '290200‑1111']);
    expect(found('311299-0000')).toEqual(['311299-0000']);
  });

  it('finds ten digits in a row only where the words before say CPR', () => {
    expect(found('CPR-nr. 1504211234')).toEqual(['1504211234']);
    expect(found('personnummer: 150421 1234')).toEqual(['150421 1234']);
    expect(found('født 0101901234')).toEqual(['0101901234']);
    expect(found('Kontonummer 1504211234')).toEqual([]);
    expect(found('Ring 1504211234')).toEqual([]);
  });

  it('leaves case numbers, KLE numbers, dates, times, phone and account numbers alone', () => {
    for (const s of [
      'Sagsnr. 20/968', 'KLE 00.15.00.A00', 'dokument 55219/21', 'den 15-04-2021', 'kl. 14.00-18.00', 'tlf. 86 12 34 56', '+45 86123456',
      'reg.nr. 1234-0012345678', 'konto 1551-4567891234', 'beløbet 1.250.000 kr.', '2020-2021', 'sag 20/968-2021',
      '320421-1234', '151321-1234', '300221-1234', 'j.nr. 150421-1234/26',
    ]) {
      expect(found(s), s).toEqual([]);
    }
  });

  it('masks the last four digits in the excerpt', () => {
    const text = 'Ansøgeren med CPR 150421-1234 har klaget over afgørelsen fra sidste år.';
    const excerpt = cprExcerpt(text, findCprNumbers(text)[0]!);
    expect(excerpt).toContain('150421-••••');
    expect(excerpt).not.toContain('1234');
  });
});

describe('the public export and CPR-like text', () => {
  let fixture: ReturnType<typeof openTestCore>;
  let id: string;
  beforeAll(() => {
    fixture = openTestCore();
    id = importMeeting(fixture.core, meetingFiles.sink());
  });
  afterAll(() => fixture.dispose());

  it('points out where, in open items of what this variant shows only', async () => {
    const findings = await fixture.core.call('export.findCpr', { meetingId: id, variant: 'minutes' });
    expect(findings).toEqual([
      { itemId: 'i6', itemNumber: '5', itemTitle: 'Bordet rundt', fieldLabel: 'Bordet rundt', excerpt: expect.stringContaining('150421-••••') },
    ]);
    // The agenda shows no round table; the closed item (with its own number) is never published.
    expect(await fixture.core.call('export.findCpr', { meetingId: id, variant: 'agenda' })).toEqual([]);
  });

  it('refuses to render until the referent confirms, and says where', async () => {
    const refused = await fixture.core.call('export.docx', { meetingId: id, public: true });
    expect(refused).toMatchObject({ status: 'cpr-confirmation-needed', findings: [{ itemNumber: '5' }] });
    expect(refused.status === 'cpr-confirmation-needed' && refused.message).toContain('punkt 5');
    const pdfRefused = await fixture.core.call('export.pdf', { meetingId: id, public: true });
    expect(pdfRefused.status).toBe('cpr-confirmation-needed');
    expect(JSON.stringify(pdfRefused)).not.toContain(sinkCpr);

    const confirmed = await fixture.core.call('export.docx', { meetingId: id, public: true, confirmCpr: true });
    expect(confirmed.status).toBe('exported');
    // A non-public export (internal use) is not held up.
    expect((await fixture.core.call('export.docx', { meetingId: id })).status).toBe('exported');
  });

  it('reports progress: the first event before any work, the last when done', async () => {
    const events: ExportProgress[] = [];
    const off = fixture.core.on('export.progress', (e) => events.push(e));
    const pending = fixture.core.call('export.docx', { meetingId: id, exportId: 'x1' });
    // Emitted synchronously inside the call, so the UI can show it at once.
    expect(events[0]?.stage).toBe('started');
    await pending;
    off();
    expect(events.map((e) => e.stage)).toEqual(['started', 'layout', 'done']);
    expect(events.every((e) => e.exportId === 'x1' && e.meetingId === id && e.format === 'docx')).toBe(true);
    expect(events.map((e) => e.fraction)).toEqual([...events.map((e) => e.fraction)].sort((a, b) => a - b));
  });

  it('refuses bad input at the boundary', async () => {
    const bad = await fixture.core.invoke('export.pdf', { meetingId: id, variant: 'summary' });
    expect(bad).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'variant' } });
    const missing = await fixture.core.invoke('export.pdf', { meetingId: 'nope' });
    expect(missing).toMatchObject({ ok: false, error: { code: 'not-found' } });
  });
});
