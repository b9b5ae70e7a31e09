/** The HTML export, without a browser: structure, labels, variants, escaping. */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/coreFixture';
import { meetingHtml } from '../../../src-main/core/export/meetingHtml';
import type { Meeting } from '../../../src-main/shared/domain/meeting';
import type { ExportVariant } from '../../../src-main/shared/export/types';
import type { RichDoc } from '../../../src-main/shared/richText/proseMirror';
import { importMeeting, meetingFiles } from './support/exportFixtures';
import { sinkWords } from './support/sinkMeeting';

let fixture: ReturnType<typeof openTestCore>;
let sink: Meeting;
let norddjurs: Meeting;

beforeAll(() => {
  fixture = openTestCore();
  sink = fixture.core.services.meetings.get(importMeeting(fixture.core, meetingFiles.sink()));
  norddjurs = fixture.core.services.meetings.get(importMeeting(fixture.core, meetingFiles.norddjurs()));
});
afterAll(() => fixture.dispose());

const html = (m: Meeting, variant: ExportVariant = 'minutes', isPublic = false) => meetingHtml(m, { variant, public: isPublic });
/** The text a reader sees: tags out, entities decoded, whitespace collapsed. */
const text = (h: string) =>
  h
    .replace(/<style>[\s\S]*?<\/style>/, '')
    .replace(/<[^>]+>/g, ' ')
    .replace(/&nbsp;/g, ' ')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&#39;/g, "'")
    .replace(/&amp;/g, '&')
    .replace(/\s+/g, ' ');
const headingLevels = (h: string) => [...h.matchAll(/<h([1-6])[\s>]/g)].map((m) => Number(m[1]));

function expectInOrder(haystack: string, needles: string[]) {
  let from = 0;
  for (const n of needles) {
    const i = haystack.indexOf(n, from);
    expect(i, `"${n}" after position ${from}`).toBeGreaterThanOrEqual(0);
    from = i + n.length;
  }
}

describe('meetingHtml', () => {
  it('is one Danish document: one H1, items H2, sub-items H3, no level skipped', () => {
    const h = html(sink);
    expect(h.startsWith('<!DOCTYPE html><html lang="da">')).toBe(true);
    const levels = headingLevels(h);
    expect(levels[0]).toBe(1);
    expect(levels.filter((l) => l === 1)).toHaveLength(1);
    levels.forEach((l, i) => i > 0 && expect(l, `heading ${i}`).toBeLessThanOrEqual(levels[i - 1]! + 1));
    expect(h).toMatch(/<h2 id="punkt-2">2\. Tilgængelighed på rådhuset<\/h2>/);
    expect(h).toMatch(/<h3 id="punkt-4-1">3\.a Puljen til tilgængelighed<\/h3>/);
    expect(h).toMatch(/<h3 id="punkt-4-2">3\.b Kørselsordningen<\/h3>/);
    // The editor's headings sit under their section label: level 3 → H4, level 4 → H5.
    expect(h).toMatch(/<h3 class="label">Sagsfremstilling<\/h3><div class="rich">.*<h4>Problemerne<\/h4>.*<h5>Detaljer<\/h5>/);
  });

  it('says the forum, the kind and the facts in a table with header cells', () => {
    const h = html(sink);
    expect(h).toContain('<p class="organisation">Syddjurs Kommune</p>');
    expect(text(h)).toContain('Handicaprådet Referat Ordinært møde i Handicaprådet Fællesmøde med Ældrerådet Kære rådsmedlemmer');
    expect(h).toContain('<h2>Praktisk</h2>');
    const facts = /<table class="facts">([\s\S]*?)<\/table>/.exec(h)![1]!;
    expect([...facts.matchAll(/<th scope="row">([^<]+)<\/th>/g)].map((m) => m[1])).toEqual([
      'Mødedato', 'Mødetidspunkt', 'Mødested', 'Deltagere', 'Afbud', 'Fraværende', 'Fremmøde ikke registreret', 'Referent',
    ]);
    const t = text(facts);
    expectInOrder(t, [
      'Tirsdag den 3. marts 2026', 'Kl. 09.30–12.00', 'Rådhuset, mødelokale 2',
      'Anna Ager, DH Syddjurs', 'Carl Carlsen, Byrådet (for Bo Bech; deltog fra pkt. 2)', 'Erik <b>Eg</b>, Gigtforeningen',
      'Fie Fisker, Sekretariatschef (referent)', 'Gert Gæst, Sundhedsstyrelsen',
      'Dorte Dam, Ældresagen (også medlem af Ældrerådet)', 'Bo Bech, Byrådet', 'Hans Hald, Scleroseforeningen', 'Fie Fisker',
    ]);
  });

  it('links the table of contents to every item, sub-item and closing section', () => {
    const h = html(sink);
    const toc = /<nav class="toc"[\s\S]*?<\/nav>/.exec(h)![0];
    const targets = [...toc.matchAll(/href="#([^"]+)"/g)].map((m) => m[1]!);
    expect(targets).toEqual(['punkt-1', 'punkt-2', 'punkt-4', 'punkt-4-1', 'punkt-4-2', 'punkt-5', 'punkt-6', 'punkt-7', 'naeste-moede', 'bilagsoversigt', 'underskriftsside']);
    for (const t of targets) expect(h).toContain(`id="${t}"`);
    // Without page numbers (the preview) the page column is empty; with them each entry shows its page.
    expect(toc).toContain('<span class="toc-page" id="side-punkt-1"></span>');
    const numbered = meetingHtml(sink, { variant: 'minutes', public: false, pageNumbers: new Map([['punkt-2', 7]]) });
    expect(numbered).toContain('2. Tilgængelighed på rådhuset</span><span class="toc-fill"></span><span class="toc-page" id="side-punkt-2">7</span>');
  });

  it('writes an item as the examples do, its sections in the spec order, empty ones left out', () => {
    const t = text(html(sink));
    expectInOrder(t, [
      '2. Tilgængelighed på rådhuset', 'Opfølgning på besigtigelsen', 'v/ Fie Fisker (20 min.)',
      'Sagsnr. 26/1234 · KLE 00.01.00.G01 · Åben sag · Sagsgang: HR',
      'Sagsfremstilling', 'Besigtigelsen viste tre problemer', 'Indstilling', 'Forvaltningen indstiller',
      'Referat', 'Referatnoteord',
      'Erik <b>Eg</b> deltog ikke i behandlingen af punktet (inhabil): ansat i entreprenørfirmaet.',
      'Beslutning i Handicaprådet den 03-03-2026', 'Godkendt med ændringer', 'Beslutningsordet',
      'Afstemning: 4 for, 1 imod, 0 undlod at stemme.', 'Afvigende mening fra Carl Carlsen:', 'Dissensordet',
      'Opfølgning', 'Bestil ny dør – ansvarlig: Fie Fisker, senest 1. april 2026', 'Orientér byrådet – ansvarlig: Borgmesteren (udført)',
      'Bilag', '1. Besigtigelsesrapport (12345/26)', '2. Tilbud fra entreprenør (12346/26) – lukket bilag',
      'Pause (10 min.)', '3. Budget 2027', '3.a Puljen til tilgængelighed', 'Taget til efterretning', '3.b Kørselsordningen', 'Udsat til mødet den 5. maj 2026',
      '4. Personsag om hjælpemidler', 'Lukket sag', 'Fortrolighedsvurdering',
      '5. Bordet rundt', 'Anna Ager , DH Syddjurs: Bordrundeord', 'Gert Gæst , Sundhedsstyrelsen:',
      'Næste møde', 'Tirsdag den 5. maj 2026, kl. 09.30–12.00', 'Mødested: Rådhuset', 'Vært: DH Syddjurs', 'Husk regnskabet',
      'Bilagsoversigt', '2. Tilgængelighed på rådhuset', '1. Besigtigelsesrapport', 'Underskriftsside',
    ]);
    // Item 1 has only notes: no empty Sagsfremstilling, and notes alone need no label.
    expect(/<h2 id="punkt-1">[^]*?<\/section>/.exec(html(sink))![0]).not.toMatch(/Sagsfremstilling|class="label"/);
    // "Taget til efterretning." as the decision's own text is not said twice.
    expect(t.match(/Taget til efterretning/g)).toHaveLength(1);
    // A break has no number and takes none: the next item is 3.
    expect(html(sink)).toContain('<p class="break" id="punkt-3">Pause (10 min.)</p>');
  });

  it('numbers from the order: a given number (item or sub-item) takes its place, the next derived one follows it', () => {
    const id = importMeeting(fixture.core, {
      format: 'referent.meeting',
      formatVersion: 1,
      id: '0e7d3c2a-1b4f-4c6d-8e9f-a1b2c3d4e5f6',
      forum: { name: 'Nummerrådet' },
      title: 'Numre',
      date: '2021-04-15',
      items: [
        { id: 'a', title: 'Første' },
        {
          id: 'b',
          number: '2',
          title: 'Andet',
          attachments: [{ id: 'a1', number: '2.1', title: 'Bilag med nummer' }, { id: 'a2', title: 'Bilag uden' }],
          subItems: [{ id: 'b1', number: '2.x', title: 'Givet' }, { id: 'b2', title: 'Afledt' }],
        },
        { id: 'c', title: 'Tredje' },
      ],
    });
    // A number kept blank by the store (written before blanks were read as absent) is derived as well.
    fixture.core.db.prepare("UPDATE items SET number = '' WHERE meeting_id = ? AND id = 'c'").run(id);
    const t = text(html(fixture.core.services.meetings.get(id)));
    expectInOrder(t, ['1. Første', '2. Andet', '2.1 Bilag med nummer', '2. Bilag uden', '2.x Givet', '2.b Afledt', '3. Tredje']);
  });

  it('lists on the signature page the members who attended and sign', () => {
    const sig = /<section class="signatures">[\s\S]*?<\/section>/.exec(html(sink))![0];
    expect([...sig.matchAll(/<div class="line"><\/div><p>([^<]+)<\/p>/g)].map((m) => m[1])).toEqual(['Anna Ager', 'Carl Carlsen', 'Erik &lt;b&gt;Eg&lt;/b&gt;']);
    // Norddjurs: every member present signs, the two absent do not.
    const nd = text(/<section class="signatures">[\s\S]*?<\/section>/.exec(html(norddjurs, 'decision-minutes'))![0]);
    expect(nd).toContain('Merete Holck');
    expect(nd).not.toContain('Tinne Christiansen');
  });

  it('escapes every text: no markup from a meeting reaches the page, links only http(s)/mailto', () => {
    const h = html(sink);
    expect(h).not.toMatch(/<script|<img|<b>|<[^>]*onerror|href="javascript/i);
    expect(h).toContain('6. Eventuelt &lt;script&gt;alert(1)&lt;/script&gt;');
    expect(h).toContain('Erik &lt;b&gt;Eg&lt;/b&gt;');
    expect([...h.matchAll(/href="([^"#][^"]*)"/g)].map((m) => m[1])).toEqual(['https://example.dk/rapport']);
    expect(h).toContain('<a href="https://example.dk/rapport">rapporten</a>');
    expect(h).toContain("Content-Security-Policy");
  });

  it('the agenda shows the invited and the agenda texts, no notes, decisions or outcomes', () => {
    const h = html(sink, 'agenda');
    const t = text(h);
    expect(t).toContain('Handicaprådet Dagsorden');
    expect(t).toContain('Inviterede');
    for (const w of ['Deltagere', 'Afbud', 'Fraværende', 'Beslutning i', 'Afstemning', 'ansvarlig:', 'deltog ikke', 'Underskriftsside', 'deltog fra pkt. 2']) {
      expect(t, w).not.toContain(w);
    }
    for (const w of [...sinkWords.notes, ...sinkWords.decision]) expect(t, w).not.toContain(w);
    expectInOrder(t, ['Sagsfremstilling', 'Besigtigelsen viste', 'Indstilling', 'Forvaltningen indstiller', 'Bilag', 'Besigtigelsesrapport']);
    expect(headingLevels(h).filter((l) => l === 1)).toHaveLength(1);
  });

  it("says an item's absences after its notes and before Bordet rundt, in the order of the spec's item table", () => {
    const carl = sink.people.find((p) => p.name === 'Carl Carlsen')!;
    const notes: RichDoc = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Noteordet.' }] }] };
    const m = { ...sink, items: sink.items.map((i) => (i.title === 'Bordet rundt' ? { ...i, notes, absent: [{ personId: carl.id, reason: 'left' as const, note: null }] } : i)) };
    const t = text(html(m));
    expectInOrder(t, ['5. Bordet rundt', 'Noteordet.', 'Carl Carlsen forlod mødet', 'Anna Ager', 'Bordrundeord']);
  });

  it('shows a break with its presenter and planned minutes, without a number', () => {
    const m = { ...sink, items: sink.items.map((i) => (i.kind === 'break' ? { ...i, title: 'Frokost', presenter: 'Køkkenet', plannedMinutes: 30 } : i)) };
    for (const variant of ['agenda', 'minutes'] as const) expect(html(m, variant)).toContain('<p class="break" id="punkt-3">Frokost v/ Køkkenet (30 min.)</p>');
  });

  it('a meeting written as a Beslutningsreferat shows all that was written in it, notes and round table too', () => {
    const written = { ...sink, documentKind: 'decision-minutes' as const };
    const t = text(html(written, 'decision-minutes'));
    expect(t).toContain('Handicaprådet Beslutningsreferat');
    for (const w of [...sinkWords.notes, ...sinkWords.decision]) expect(t, w).toContain(w);
  });

  it('the decision minutes drawn from full minutes show decisions without notes or the round table', () => {
    const t = text(html(sink, 'decision-minutes'));
    expect(t).toContain('Handicaprådet Beslutningsreferat');
    for (const w of sinkWords.decision) expect(t).toContain(w);
    for (const w of sinkWords.notes) expect(t, w).not.toContain(w);
    expect(t).toContain('Beslutning i Handicaprådet den 03-03-2026');
  });

  it('the public version shows a closed item only as number, title and "Lukket punkt", and no closed attachment', () => {
    for (const variant of ['agenda', 'minutes', 'decision-minutes'] as const) {
      const h = html(sink, variant, true);
      const t = text(h);
      expect(t).toContain('4. Personsag om hjælpemidler Lukket punkt');
      for (const w of sinkWords.closed) expect(t, `${variant}: ${w}`).not.toContain(w);
      expect(t).not.toContain('Tilbud fra entreprenør');
      expect(t).not.toContain('Lukket sag');
      expect(t).toContain('Besigtigelsesrapport');
      expect(t).toContain('Offentlig udgave');
    }
    expect(/<title>([^<]+)<\/title>/.exec(html(sink, 'minutes', true))![1]).toBe('Referat – Handicaprådet – 3. marts 2026 (offentlig udgave)');
  });

  it('shows a logo only as a data: PNG or JPEG, with its alt text', () => {
    const png = 'data:image/png;base64,iVBORw0KGgo=';
    expect(meetingHtml(sink, { variant: 'minutes', public: false, logo: { src: png, alt: 'Syddjurs Kommunes logo' } })).toContain(
      `<img class="logo" src="${png}" alt="Syddjurs Kommunes logo">`,
    );
    expect(meetingHtml(sink, { variant: 'minutes', public: false, logo: { src: 'https://evil.example/x.png', alt: 'x' } })).not.toContain('<img');
  });

  it('export.html gives the preview: the whole document with its fonts, and body and CSS apart', async () => {
    const preview = await fixture.core.call('export.html', { meetingId: sink.id, variant: 'agenda', public: true });
    expect(preview.title).toBe('Dagsorden – Handicaprådet – 3. marts 2026 (offentlig udgave)');
    expect(preview.html).toMatch(/@font-face\{font-family:'Noto Sans';[^}]*src:url\(data:font\/woff2;base64,/);
    expect(preview.body.startsWith('<main>')).toBe(true);
    expect(preview.body.endsWith('</main>')).toBe(true);
    expect(preview.html).toContain(preview.body);
    expect(preview.css).toContain('@page');
    expect(preview.css).not.toContain('@font-face');
    for (const w of sinkWords.closed) expect(preview.body).not.toContain(w);
  });
});
