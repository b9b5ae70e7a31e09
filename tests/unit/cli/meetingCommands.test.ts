import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { readFileSync, writeFileSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { run } from '../../../src-main/cli/run';
import { parseMeetingFile } from '../../../src-main/shared/meetingFile/validate';
import { normalizeForComparison } from '../../../src-main/shared/meetingFile/equivalence';
import { makeTempDir } from '../../support/tempDir';
import { bufferIo } from '../../support/bufferIo';

const norddjurs = join(process.cwd(), 'tests/fixtures/norddjurs-2021-04-15.meeting.json');
const ringsted = join(process.cwd(), 'tests/fixtures/ringsted-2020-03-10.meeting.json');

describe('referent import, list, show, export', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  const cli = async (...args: string[]) => {
    const io = bufferIo();
    const code = await run([...args, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  beforeEach(() => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
  });
  afterEach(() => dir.remove());

  it('imports meeting files and prints ID<TAB>title a line', async () => {
    const r = await cli('import', norddjurs, ringsted);
    expect(r).toMatchObject({ code: 0, err: '' });
    expect(r.out).toBe(
      '3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13\tMøde i Dialogforum for socialt udsatte\n' +
        '8d2e4b7a-5c19-4f63-a0b8-7e1c3d9f2a56\tFørste halvårslige dialogmøde vedr. socialt udsatte\n',
    );
  });

  it('a file not taken (an older revision) says so on stderr, and its line names the meeting as it stays here', async () => {
    const base = JSON.parse(readFileSync(norddjurs, 'utf8')) as { revision?: number };
    const newer = join(dir.path, 'newer.json');
    const older = join(dir.path, 'older.json');
    writeFileSync(newer, JSON.stringify({ ...base, revision: 5 }));
    writeFileSync(older, JSON.stringify({ ...base, revision: 4, title: 'En ældre udgave' }));
    await cli('import', newer);
    const r = await cli('import', older);
    expect(r.code).toBe(0);
    expect(r.out).toBe('3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13\tMøde i Dialogforum for socialt udsatte\n');
    expect(r.err).toBe(`referent: ${older}: ikke importeret, mødet her har en nyere revision.\n`);
  });

  it('lists newest first as ID<TAB>date<TAB>forum<TAB>title<TAB>status, or JSON lines', async () => {
    await cli('import', ringsted, norddjurs);
    const r = await cli('list');
    expect(r.out.trim().split('\n').map((l) => l.split('\t'))).toEqual([
      ['3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13', '2021-04-15', 'Dialogforum for socialt udsatte', 'Møde i Dialogforum for socialt udsatte', 'final'],
      ['8d2e4b7a-5c19-4f63-a0b8-7e1c3d9f2a56', '2020-03-10', 'Dialogmøde vedr. socialt udsatte', 'Første halvårslige dialogmøde vedr. socialt udsatte', 'final'],
    ]);
    const j = await cli('list', '--json');
    const rows = j.out.trim().split('\n').map((l) => JSON.parse(l) as { id: string; date: string });
    expect(rows.map((x) => x.date)).toEqual(['2021-04-15', '2020-03-10']);
  });

  it('shows a meeting for people and as a meeting file with --json', async () => {
    await cli('import', norddjurs);
    const human = await cli('show', '3f6c9a1e');
    expect(human.out).toContain('Mødedato: Torsdag den 15. april 2021');
    expect(human.out).toContain('5. Arbejdsplan');
    const json = await cli('show', '3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13', '--json');
    const a = parseMeetingFile(json.out, 'show.json');
    const b = parseMeetingFile(readFileSync(norddjurs, 'utf8'), 'f.json');
    if (!a.ok || !b.ok) throw new Error('parse');
    expect(normalizeForComparison(a.meeting, { ignoreRevision: true })).toEqual(normalizeForComparison(b.meeting, { ignoreRevision: true }));
  });

  it('show numbers items as the export does and shows sub-items\' decisions, round table, votes and dissent', async () => {
    const f = join(dir.path, 'numre.json');
    writeFileSync(
      f,
      JSON.stringify({
        format: 'referent.meeting',
        formatVersion: 1,
        id: '0e7d3c2a-1b4f-4c6d-8e9f-a1b2c3d4e5f6',
        forum: { name: 'Nummerrådet' },
        title: 'Numre',
        date: '2021-04-15',
        people: [{ id: 'p1', name: 'Anne Ager', attendance: 'present' }],
        items: [
          { id: 'a', title: 'Velkommen' },
          { id: 'b', number: '2', title: 'Givet nummer', roundTable: [{ personId: 'p1', text: 'Mit indlæg' }] },
          {
            id: 'c',
            title: 'Budget',
            subItems: [
              { id: 'c1', title: 'Puljen', decision: { outcome: 'approved', votes: { for: 5, against: 1, abstain: 0 }, dissent: [{ personIds: ['p1'], text: 'Imod puljen' }] } },
              { id: 'c2', title: 'Kørsel', decision: { outcome: 'postponed', postponedTo: '2021-05-06' } },
            ],
          },
        ],
        nextMeeting: { note: 'dato følger' },
        jointBodies: ['Kommunalbestyrelsen'],
        preamble: 'Kære **Rådsmedlemmer**',
      }),
    );
    await cli('import', f);
    const shown = (await cli('show', '0e7d')).out;
    expect(shown).toContain('\n3. Budget\n');
    expect(shown).toContain('  3.a Puljen\n    Beslutning: Godkendt\n      Afstemning: 5 for, 1 imod, 0 undlod at stemme\n      Afvigende mening fra Anne Ager:\n        Imod puljen\n');
    expect(shown).toContain('  3.b Kørsel\n    Beslutning: Udsat til torsdag den 6. maj 2021\n');
    expect(shown).toContain('  Anne Ager:\n    Mit indlæg\n');
    expect(shown).toContain('Næste møde: dato følger');
    expect(shown).toContain('Fællesmøde med Kommunalbestyrelsen\nId: 0e7d3c2a-1b4f-4c6d-8e9f-a1b2c3d4e5f6\n\nKære Rådsmedlemmer\n');
  });

  it('exports json to --out and prints the path', async () => {
    await cli('import', norddjurs);
    const out = join(dir.path, 'referat.json');
    const r = await cli('export', '3f6c', '--format', 'json', '--out', out);
    expect(r).toMatchObject({ code: 0, out: `${out}\n` });
    expect(parseMeetingFile(readFileSync(out, 'utf8'), 'referat.json').ok).toBe(true);
  });

  it('exports json with --public without a closed item\'s content, with --agenda without the minutes', async () => {
    const file = JSON.parse(readFileSync(norddjurs, 'utf8')) as { items: Array<Record<string, unknown>> };
    Object.assign(file.items[4]!, { access: 'closed', notes: 'HEMMELIGT referat' });
    const closed = join(dir.path, 'lukket.json');
    writeFileSync(closed, JSON.stringify(file));
    await cli('import', closed);
    const pub = join(dir.path, 'offentlig.json');
    expect((await cli('export', '3f6c', '--format', 'json', '--public', '--out', pub)).code).toBe(0);
    const pubText = readFileSync(pub, 'utf8');
    expect(pubText).not.toContain('HEMMELIGT');
    expect(pubText).not.toContain('Arbejdsplanen blev godkendt');
    expect(parseMeetingFile(pubText, 'offentlig.json').ok).toBe(true);
    const agenda = join(dir.path, 'dagsorden.json');
    expect((await cli('export', '3f6c', '--format', 'json', '--agenda', '--out', agenda)).code).toBe(0);
    const agendaFile = JSON.parse(readFileSync(agenda, 'utf8')) as { documentKind: string; items: Array<Record<string, unknown>> };
    expect(agendaFile.documentKind).toBe('agenda');
    expect(agendaFile.items.some((i) => 'decision' in i || 'notes' in i)).toBe(false);
  });

  it('a bad file among good ones: one clear line, exit 1, nothing imported', async () => {
    const bad = join(dir.path, 'bad.json');
    writeFileSync(bad, JSON.stringify({ ...JSON.parse(readFileSync(norddjurs, 'utf8')), id: '11111111-1111-4111-8111-111111111111', date: '2021-13-01' }));
    const r = await cli('import', ringsted, bad);
    expect(r.code).toBe(1);
    expect(r.err.trim().split('\n')).toHaveLength(1);
    expect(r.err.startsWith(`referent: ${bad}: date: `)).toBe(true);
    expect(r.err).toContain('Intet blev importeret');
    expect((await cli('list')).out).toBe('');
  });

  it('file errors are one Danish line that names the file and what to do', async () => {
    await cli('import', norddjurs);
    const noFolder = await cli('export', '3f6c', '--format', 'json', '--out', join(dir.path, 'findes-ikke', 'x.json'));
    expect(noFolder).toMatchObject({ code: 1, out: '' });
    expect(noFolder.err).toBe(`referent: kan ikke skrive ${join(dir.path, 'findes-ikke', 'x.json')}: mappen ${join(dir.path, 'findes-ikke')} findes ikke; opret den, eller skriv filen et andet sted.\n`);
    const folder = await cli('import', dir.path);
    expect(folder).toMatchObject({ code: 1, err: `referent: kan ikke læse ${dir.path}: ${dir.path} er en mappe, ikke en fil. Intet blev importeret.\n` });
    const notPdf = join(dir.path, 'ikke.pdf');
    writeFileSync(notPdf, 'ikke en pdf');
    expect(await cli('verify', notPdf)).toMatchObject({ code: 1, err: `referent: ${notPdf} er ikke en PDF-fil. Angiv den underskrevne PDF.\n` });
  });

  it('says so when a file of the same revision with other content is not imported, and not when it is the same', async () => {
    await cli('import', norddjurs);
    expect(await cli('import', norddjurs)).toMatchObject({ code: 0, err: '' });
    const edited = join(dir.path, 'rettet.json');
    writeFileSync(edited, JSON.stringify({ ...(JSON.parse(readFileSync(norddjurs, 'utf8')) as object), location: 'Rådhuset' }));
    const r = await cli('import', edited);
    expect(r.code).toBe(0);
    expect(r.err).toBe(`referent: ${edited}: ikke importeret: mødet her har samme revision med andet indhold. Hæv "revision" i filen for at erstatte det.\n`);
    expect((await cli('show', '3f6c')).out).toContain('Mødested: Teams');
  });

  it('names a file as it was given, so two møde.json files are told apart', async () => {
    const folder = join(dir.path, 'Forum', '2021');
    mkdirSync(folder, { recursive: true });
    writeFileSync(join(folder, 'møde.json'), '{');
    const io = bufferIo();
    io.cwd = dir.path;
    expect(await run(['import', 'Forum/2021/møde.json', '--data-dir', dataDir], io)).toBe(1);
    expect(io.stderr).toMatch(/^referent: Forum\/2021\/møde\.json: ikke gyldig JSON/);
  });

  it('a file with the same UUID in capitals updates the meeting, keeping its id, instead of making a second one', async () => {
    await cli('import', norddjurs);
    const m = JSON.parse(readFileSync(norddjurs, 'utf8')) as { id: string; revision?: number; title: string };
    const upper = join(dir.path, 'upper.json');
    writeFileSync(upper, JSON.stringify({ ...m, id: m.id.toUpperCase(), revision: (m.revision ?? 1) + 1, title: 'Rettet titel' }));
    expect((await cli('import', upper)).code).toBe(0);
    const rows = (await cli('list')).out.trim().split('\n').map((l) => l.split('\t'));
    expect(rows).toHaveLength(1);
    expect(rows[0]!.slice(0, 4)).toEqual([m.id, '2021-04-15', 'Dialogforum for socialt udsatte', 'Rettet titel']);
  });

  it('usage errors exit 2; an unknown id exits 1 with a hint', async () => {
    expect((await cli('import')).code).toBe(2);
    expect((await cli('export', 'abcd', '--format', 'xml', '--out', 'x')).code).toBe(2);
    expect((await cli('list', '--bogus')).code).toBe(2);
    await cli('import', norddjurs);
    expect((await cli('show', '3F6C9A1E-2B7D-4C58-9E41-0A5D7B2C8F13', '--json')).code).toBe(0);
    expect((await cli('show', '3F6C', '--json')).code).toBe(0);
    const missing = await cli('show', 'ffffffff');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('referent list');
    expect(existsSync(join(dir.path, 'x'))).toBe(false);
  });
});
