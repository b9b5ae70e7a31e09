import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { format } from 'date-fns';
import { run } from '../../../src-main/cli/run';
import { parseMeetingFile } from '../../../src-main/shared/meetingFile/validate';
import { makeTempDir } from '../../support/tempDir';
import { bufferIo } from '../../support/bufferIo';

const norddjurs = join(process.cwd(), 'tests/fixtures/norddjurs-2021-04-15.meeting.json');

describe('referent templates and new', () => {
  let dir: ReturnType<typeof makeTempDir>;
  const cli = async (...args: string[]) => {
    const io = bufferIo();
    const code = await run([...args, '--data-dir', dir.path], io);
    return { code, out: io.stdout, err: io.stderr };
  };
  beforeEach(() => (dir = makeTempDir()));
  afterEach(() => dir.remove());

  it('lists the templates: name and number of items a line', async () => {
    const r = await cli('templates');
    expect(r.code).toBe(0);
    expect(r.out.split('\n').filter(Boolean)).toEqual(['Dialogmøde\t6 punkter\t(indbygget)', 'Beslutningsreferat med sager\t3 punkter\t(indbygget)', 'Rådsmøde\t6 punkter\t(indbygget)']);
    const j = await cli('templates', '--json');
    expect(JSON.parse(j.out.split('\n')[0]!)).toMatchObject({ name: 'Dialogmøde', items: 6, builtIn: true });
  });

  it('creates a meeting from the forum’s last one with the carry-over rules, and prints its id or the meeting file', async () => {
    await cli('import', norddjurs);
    const r = await cli('new', '--forum', 'dialogforum for socialt udsatte', '--from-last', '--json');
    expect(r).toMatchObject({ code: 0, err: '' });
    const parsed = parseMeetingFile(r.out, 'new.json');
    if (!parsed.ok) throw new Error(parsed.message);
    const m = parsed.meeting;
    // Næste møde of 15 April 2021 was 4 October 2021, 15:30–17:30
    expect([m.date, m.startTime, m.endTime]).toEqual(['2021-10-04', '15:30', '17:30']);
    // item 4 was postponed: it comes back
    expect(m.items!.map((i) => i.title)).toContain('Én indgang - koordineret og sammenhængende indsats');
    expect(m.people!.length).toBe(11);
    const plain = await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--template', 'Rådsmøde', '--date', '2022-01-10');
    expect(plain.out).toMatch(/^[0-9a-f-]{36}\n$/);
  });

  it('refuses what it cannot do with one line', async () => {
    expect((await cli('new', '--forum', 'X')).code).toBe(2);
    expect((await cli('new', '--forum', 'X', '--from-last', '--date', '10/01/2022')).code).toBe(2);
    const r = await cli('new', '--forum', 'Findes ikke', '--from-last');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^referent: intet forum hedder «Findes ikke», så der er intet sidste møde/);
    // A title past the limit is refused before anything is written: no forum is made either.
    const long = await cli('new', '--forum', 'Nyt råd', '--template', 'Rådsmøde', '--title', 'x'.repeat(6000));
    expect(long.code).toBe(1);
    expect(long.err.trim().split('\n')).toHaveLength(1);
    expect((await cli('list')).out).toBe('');
    await cli('import', norddjurs);
    const t = await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--template', 'Ukendt', '--date', '2022-01-10');
    expect(t.code).toBe(1);
    expect(t.err).toBe('referent: ingen skabelon hedder «Ukendt». Se skabelonerne med «referent templates».\n');
    const both = await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--template', 'Rådsmøde', '--from-last');
    expect(both).toMatchObject({ code: 2, err: 'referent: vælg enten --template NAVN eller --from-last, ikke begge.\n' });
    const feb30 = await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--template', 'Rådsmøde', '--date', '2022-02-30');
    expect(feb30).toMatchObject({ code: 2, err: 'referent: --date 2022-02-30 findes ikke i kalenderen.\n' });
    const list = (await cli('list')).out;
    expect(list.trim().split('\n')).toHaveLength(1);
  });

  it('without --date: the date of the last meeting\'s Næste møde, else today (said on stderr)', async () => {
    await cli('import', norddjurs);
    const next = await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--template', 'Rådsmøde', '--json');
    expect(next).toMatchObject({ code: 0, err: '' });
    const m = parseMeetingFile(next.out, 'n.json');
    if (!m.ok) throw new Error(m.message);
    expect(m.meeting.date).toBe('2021-10-04');
    // That new meeting is now the last one, and it has no Næste møde: today, and a note saying so.
    const today = format(new Date(), 'yyyy-MM-dd');
    const r = await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--from-last', '--json');
    expect(r.code).toBe(0);
    expect(r.err).toBe(`referent: mødet har fået datoen ${today} (i dag); ret den i programmet, eller angiv den med --date ÅÅÅÅ-MM-DD.\n`);
    const t = parseMeetingFile(r.out, 't.json');
    if (!t.ok) throw new Error(t.message);
    expect(t.meeting.date).toBe(today);
  });

  it('with --template, makes a forum that is not here yet (on a fresh data folder too) and says so', async () => {
    const r = await cli('new', '--forum', 'Handicaprådet', '--template', 'Rådsmøde', '--date', '2027-01-12');
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/^[0-9a-f-]{36}\n$/);
    expect(r.err).toBe('referent: forummet «Handicaprådet» fandtes ikke og er oprettet.\n');
    expect((await cli('list')).out.split('\t').slice(1, 3)).toEqual(['2027-01-12', 'Handicaprådet']);
    // The second time it is there: no second forum.
    expect((await cli('new', '--forum', 'handicaprådet', '--template', 'Rådsmøde', '--date', '2027-02-09')).err).toBe('');
  });
});
