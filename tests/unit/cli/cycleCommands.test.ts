import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
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
    const r = await cli('new', '--forum', 'Findes ikke', '--template', 'Rådsmøde', '--date', '2022-01-10');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^referent: intet forum hedder «Findes ikke»/);
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

  it('says to give --date when neither it nor the last meeting\'s Næste møde gives a date', async () => {
    await cli('import', norddjurs);
    await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--template', 'Rådsmøde', '--date', '2022-01-10');
    const r = await cli('new', '--forum', 'Dialogforum for socialt udsatte', '--from-last');
    expect(r.code).toBe(1);
    expect(r.err).toMatch(/^referent: .*--date ÅÅÅÅ-MM-DD\.\n$/);
    expect(r.err).not.toContain('REFERENT_DEBUG');
  });
});
