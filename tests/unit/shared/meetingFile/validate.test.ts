import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseMeetingFile, parseMeetingValue } from '../../../../src-main/shared/meetingFile/validate';

const FILE = 'møde.json';
const fixture = readFileSync(join(__dirname, '../../../fixtures/norddjurs-2021-04-15.meeting.json'), 'utf8');
type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
const base = (): Json => JSON.parse(fixture) as Json;

/** Parses `value` and expects a refusal at `path` whose message names the file and the path. */
function refused(value: Json | string, path: string, what?: RegExp | string) {
  const r = typeof value === 'string' ? parseMeetingFile(value, FILE) : parseMeetingValue(value, FILE);
  if (r.ok) throw new Error(`accepted, expected a refusal at ${path}`);
  expect(r.path).toBe(path);
  expect(r.message.startsWith(path ? `${FILE}: ${path}: ` : `${FILE}: `)).toBe(true);
  if (what) expect(r.message).toMatch(what);
  return r.message;
}

describe('parseMeetingFile refuses, naming the file and the JSON path', () => {
  it('malformed JSON, with line and column', () => {
    const text = '{\n  "format": "referent.meeting",\n  "formatVersion": 1,\n  oops\n}';
    expect(refused(text, '')).toMatch(/^møde\.json: ikke gyldig JSON \(linje 4, kolonne 3\): /);
    refused('{"format": "referent.meeting"', '', /ikke gyldig JSON.*slutter/);
    refused('', '', 'filen er tom');
    refused('[1, 2]', '', 'forventede et JSON-objekt');
  });

  it('a wrong format or formatVersion, before anything else', () => {
    refused({ ...base(), format: 'referent.agenda', title: 42 }, 'format', 'forventede "referent.meeting"');
    refused({ format: 'referent.meeting', formatVersion: 2, anything: 'else' }, 'formatVersion', 'formatVersion 2 understøttes ikke; denne version af Referent læser version 1');
    refused({ ...base(), formatVersion: '1' }, 'formatVersion', /forventede formatVersion 1/);
    refused({ ...base(), formatVersion: undefined }, 'formatVersion');
  });

  it('an unknown enum value', () => {
    const m = base();
    m.items[3].decision.outcome = 'aproved';
    refused(m, 'items[3].decision.outcome', /forventede en af "approved", .*fik "aproved"/);
    const p = base();
    p.people[1].attendance = 'sick';
    refused(p, 'people[1].attendance', /"notified-absence"/);
  });

  it('an impossible date, time or instant', () => {
    refused({ ...base(), date: '2021-02-30' }, 'date', 'datoen 2021-02-30 findes ikke i kalenderen');
    refused({ ...base(), date: '15-04-2021' }, 'date', /ÅÅÅÅ-MM-DD/);
    refused({ ...base(), nextMeeting: { date: '2021-13-01' } }, 'nextMeeting.date');
    refused({ ...base(), startTime: '24:00' }, 'startTime', /TT:MM/);
    refused({ ...base(), startTime: '9:00' }, 'startTime');
    refused({ ...base(), updatedAt: '2021-04-15T17:05:00' }, 'updatedAt', /med tidszone/);
    expect(parseMeetingValue({ ...base(), date: '2024-02-29', updatedAt: '2024-02-29T23:59:59.123+01:00' }, FILE).ok).toBe(true);
  });

  it('an attachment path with .. or an absolute path', () => {
    const at = (file: string) => {
      const m = base();
      m.items[4].attachments[0].file = file;
      return m;
    };
    refused(at('../hemmelig.pdf'), 'items[4].attachments[0].file', /\.\./);
    refused(at('bilag/../../x.pdf'), 'items[4].attachments[0].file', /\.\./);
    refused(at('/etc/passwd'), 'items[4].attachments[0].file', /relativ sti/);
    refused(at('C:/Windows/x.pdf'), 'items[4].attachments[0].file', /drevbogstav/);
    refused(at('bilag\\x.pdf'), 'items[4].attachments[0].file', /\//);
    refused(at('\\\\server\\share\\x.pdf'), 'items[4].attachments[0].file');
    expect(parseMeetingValue(at('bilag/arbejdsplan.pdf'), FILE).ok).toBe(true);
  });

  it('a 50 MB text field, in either form', () => {
    const big = 'x'.repeat(50 * 1024 * 1024);
    const m = base();
    m.items[0].description = big;
    refused(m, 'items[0].description', 'teksten er for lang: 52.428.800 tegn; højst 1.000.000 tegn');
    const d = base();
    d.items[0].decision.text = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: big }] }] };
    refused(d, 'items[0].decision.text.content[0].content[0]', /for lang/);
    refused({ ...base(), title: 'x'.repeat(5001) }, 'title', /højst 5\.?000 tegn/);
  });

  it('a follow-up ownerId or a round-table personId that is not in people', () => {
    const a = base();
    a.items[2].actions = [{ id: 'a1', text: 'Skriv ud om oplæg', ownerId: 'ukendt' }];
    refused(a, 'items[2].actions[0].ownerId', 'personen "ukendt" findes ikke i people');
    const r = base();
    r.items[5].roundTable = [{ personId: 'merete-holck', text: 'B45 bygger.' }, { personId: 'ukendt', text: 'x' }];
    refused(r, 'items[5].roundTable[1].personId', 'personen "ukendt" findes ikke i people');
  });

  it('other references to people', () => {
    const s = base();
    s.people[2].substituteFor = 'ukendt';
    refused(s, 'people[2].substituteFor', /findes ikke/);
    const a = base();
    a.items[0].absent = [{ personId: 'ukendt', reason: 'inhabil' }];
    refused(a, 'items[0].absent[0].personId', /findes ikke/);
    // Came later and left early is two absences of one person; the same reason twice is refused.
    const twoReasons = base();
    twoReasons.items[0].absent = [
      { personId: 'jan-hoel', reason: 'arrived-later' },
      { personId: 'jan-hoel', reason: 'left', note: 'gik kl. 17' },
    ];
    const ok = parseMeetingValue(twoReasons, FILE);
    expect(ok.ok && ok.meeting.items![0]!.absent).toEqual(twoReasons.items[0].absent);
    twoReasons.items[0].absent.push({ personId: 'jan-hoel', reason: 'left' });
    refused(twoReasons, 'items[0].absent[2].reason', /allerede i absent med årsagen "left"/);
    const d = base();
    d.items[0].decision.dissent = [{ personIds: ['jan-hoel', 'ukendt'], text: 'Imod.' }];
    refused(d, 'items[0].decision.dissent[0].personIds[1]', /findes ikke/);
    const twice = base();
    twice.items[5].roundTable = [{ personId: 'jan-hoel', text: 'a' }, { personId: 'jan-hoel', text: 'b' }];
    refused(twice, 'items[5].roundTable[1].personId', /ét indlæg pr\. person/);
  });

  it('duplicate ids, naming the second and the first', () => {
    const p = base();
    p.people[4].id = 'merete-holck';
    refused(p, 'people[4].id', 'person-id "merete-holck" er brugt to gange (første gang i people[0].id)');
    const i = base();
    i.items[2].subItems = [{ id: 'i1', title: 'Underpunkt' }];
    refused(i, 'items[2].subItems[0].id', /punkt-id "i1" er brugt to gange \(første gang i items\[0\]\.id\)/);
  });

  it('repeated action and attachment ids (not required unique by the spec) renamed, the first kept, the same way every time', () => {
    const a = base();
    a.items[0].actions = [{ id: 'a1', text: 'x' }];
    a.items[1].actions = [{ id: 'a1', text: 'y' }, { id: 'a1-2', text: 'z' }];
    a.items[6].attachments = [{ id: 'b1', title: 'Igen' }];
    const ids = () => {
      const r = parseMeetingValue(structuredClone(a), FILE);
      if (!r.ok) throw new Error(r.message);
      const items = r.meeting.items!;
      return { actions: items.flatMap((i) => (i.actions ?? []).map((x) => x.id)), attachments: items.flatMap((i) => [...(i.attachments ?? []), ...(i.subItems ?? []).flatMap((s) => s.attachments ?? [])].map((x) => x.id)) };
    };
    const first = ids();
    expect(first.actions).toEqual(['a1', 'a1-3', 'a1-2']);
    expect(new Set(first.attachments).size).toBe(first.attachments.length);
    expect(first.attachments).toContain('b1-2');
    expect(ids()).toEqual(first);
  });

  it('sub-items nested two deep', () => {
    const m = base();
    m.items[2].subItems = [{ id: 's1', title: 'a', subItems: [{ id: 's2', title: 'b' }] }];
    refused(m, 'items[2].subItems[0].subItems', 'underpunkter kan kun være ét niveau dybe');
  });

  it('missing or wrongly typed required values', () => {
    const m = base();
    delete m.title;
    refused(m, 'title', 'mangler (forventede tekst)');
    refused({ ...base(), id: 'ikke-et-uuid' }, 'id', /UUID/);
    const n = base();
    n.people[0].name = '   ';
    refused(n, 'people[0].name', 'må ikke være tom');
    const t = base();
    t.items[1].plannedMinutes = 1.5;
    refused(t, 'items[1].plannedMinutes', 'forventede et helt tal, fik tallet 1.5');
    const r = base();
    r.items[0].notes = 42;
    refused(r, 'items[0].notes', /forventede tekst \(Markdown\) eller et ProseMirror-dokument/);
    const l = base();
    l.items[0].notes = { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'x', marks: [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }] }] }] };
    refused(l, 'items[0].notes.content[0].content[0].marks[0].attrs.href', /http-, https- eller mailto/);
  });
});

describe('parseMeetingFile accepts', () => {
  it('a byte order mark, null for optional keys, and keeps unknown keys', () => {
    const m: Json = { ...base(), location: null, nextMeeting: null, 'x-kommune': { sag: 1 } };
    m.items[0]['x-felt'] = true;
    const r = parseMeetingFile(`\uFEFF${JSON.stringify(m)}`, FILE);
    if (!r.ok) throw new Error(r.message);
    expect(r.meeting.location).toBeNull();
    expect((r.meeting as unknown as Json)['x-kommune']).toEqual({ sag: 1 });
    expect((r.meeting.items?.[0] as unknown as Json)['x-felt']).toBe(true);
  });

  it('what the spec allows and a stricter reading refused: offsets in hours, empty lists and titles, long names, null inside rich text', () => {
    const m: Json = { ...base(), updatedAt: '2021-04-15T19:05:00+02' };
    m.forum.shortName = 'Dialogforum for socialt udsatte i Norddjurs';
    m.items[0].title = '';
    m.items[0].decision.dissent = [{ personIds: [], text: 'Et mindretal tog forbehold.' }];
    m.items[1].notes = { type: 'doc', content: [{ type: 'paragraph', attrs: null, content: [{ type: 'text', text: 'Drøftet.', marks: null }] }, { type: 'paragraph', content: null }] };
    const r = parseMeetingValue(m, FILE);
    if (!r.ok) throw new Error(r.message);
    expect(r.meeting.updatedAt).toBe('2021-04-15T19:05:00+02');
    expect(r.meeting.items![0]!.title).toBe('');
    expect(r.meeting.items![1]!.notes).toEqual({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Drøftet.' }] }] });
    expect(parseMeetingValue({ ...base(), updatedAt: '2021-04-15T19:05:00+0200' }, FILE).ok).toBe(true);
    expect(parseMeetingValue({ ...base(), updatedAt: '2021-04-15T19:05:00+2' }, FILE).ok).toBe(false);
  });

  it('a blank optional text as left out (an empty "number" is derived, not shown as "")', () => {
    const m: Json = { ...base(), location: '' };
    m.items[0].number = '';
    m.items[0].presenter = '  ';
    m.people[0].organisation = '';
    const r = parseMeetingValue(m, FILE);
    if (!r.ok) throw new Error(r.message);
    expect([r.meeting.location, r.meeting.items![0]!.number, r.meeting.items![0]!.presenter, r.meeting.people![0]!.organisation]).toEqual([null, null, null, null]);
  });

  it('applies defaults and normalizes rich text', () => {
    const r = parseMeetingValue(
      {
        format: 'referent.meeting',
        formatVersion: 1,
        id: '5b0f2c52-8d0c-4b3e-9a53-3f2a1c7d9e10',
        forum: { name: 'Handicaprådet' },
        title: 'Møde',
        date: '2021-04-15',
        people: [{ id: 'p1', name: 'A' }, { id: 'p2', name: 'B', role: 'guest' }],
        items: [{ id: 'i1', title: 'Punkt', notes: '   ', actions: [{ id: 'a1', text: 'Gør noget' }], attachments: [{ id: 'b1', title: 'Bilag' }] }],
      },
      FILE,
    );
    if (!r.ok) throw new Error(r.message);
    const m = r.meeting;
    expect([m.revision, m.documentKind, m.status]).toEqual([1, 'minutes', 'draft']);
    expect(m.people?.map((p) => [p.role, p.attendance, p.isReferent, p.signs])).toEqual([
      ['member', 'unknown', false, true],
      ['guest', 'unknown', false, false],
    ]);
    const item = m.items?.[0];
    expect([item?.access, item?.notes, item?.actions?.[0]?.done, item?.attachments?.[0]?.access]).toEqual(['open', null, false, 'open']);
  });
});
