/** `referent search` (the spec of the referent command) on a real data folder: the FTS5 index, kept up to date by the search itself. */
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { run } from '../../../src-main/cli/run';
import { createCore } from '../../../src-main/core/createCore';
import { ftsQuery } from '../../../src-main/core/services/search';
import { bufferIo } from '../../support/bufferIo';
import { makeTempDir } from '../../support/tempDir';

const norddjurs = join(process.cwd(), 'tests/fixtures/norddjurs-2021-04-15.meeting.json');
const ringsted = join(process.cwd(), 'tests/fixtures/ringsted-2020-03-10.meeting.json');
const NORDDJURS = '3f6c9a1e-2b7d-4c58-9e41-0a5d7b2c8f13';
const RINGSTED = '8d2e4b7a-5c19-4f63-a0b8-7e1c3d9f2a56';

describe('referent search', () => {
  let dir: ReturnType<typeof makeTempDir>;
  let dataDir: string;
  const cli = async (...args: string[]) => {
    const io = bufferIo();
    const code = await run([...args, '--data-dir', dataDir], io);
    return { code, out: io.stdout, err: io.stderr, lines: io.stdout.split('\n').filter(Boolean).map((l) => l.split('\t')) };
  };
  beforeEach(async () => {
    dir = makeTempDir();
    dataDir = join(dir.path, 'data');
    expect((await cli('import', norddjurs, ringsted)).code).toBe(0);
  });
  afterEach(() => dir.remove());

  it('prints meeting, date, forum, item and a snippet a line; a word finds the longer words it starts', async () => {
    const r = await cli('search', 'hjemløse');
    expect(r.err).toBe('');
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(1);
    const [id, date, forum, item, snippet] = r.lines[0]!;
    expect([id, date, forum, item]).toEqual([RINGSTED, '2020-03-10', 'Dialogmøde vedr. socialt udsatte', '4. Den nationale hjemløsetælling']);
    expect(snippet).toContain('«hjemløsetælling»');
  });

  it('gives the newest meeting first, in agenda order within a meeting, and words in quotes together', async () => {
    const r = await cli('search', 'socialt', 'udsatte');
    const meetings = r.lines.map((l) => l[0]);
    expect(meetings.indexOf(NORDDJURS)).toBe(0);
    expect(meetings.lastIndexOf(NORDDJURS)).toBeLessThan(meetings.indexOf(RINGSTED));
    const norddjursItems = r.lines.filter((l) => l[0] === NORDDJURS).map((l) => l[3]!);
    expect(norddjursItems).toEqual([...norddjursItems].sort((a, b) => (parseInt(a, 10) || 0) - (parseInt(b, 10) || 0)));

    const phrase = await cli('search', '"tidlig indsats"');
    expect(phrase.lines.map((l) => l[3])).toContain('1. Oplæg om tidlig indsats');
    expect((await cli('search', '"indsats tidlig"')).lines).toEqual([]);
  });

  it('filters by forum (any case) and by date, and says so when the forum is unknown', async () => {
    const byForum = await cli('search', 'Kirsten', '--forum', 'DIALOGMØDE VEDR. SOCIALT UDSATTE');
    expect(byForum.lines.length).toBeGreaterThan(0);
    expect(new Set(byForum.lines.map((l) => l[0]))).toEqual(new Set([RINGSTED]));
    expect((await cli('search', 'udsatte', '--from', '2021-01-01')).lines.every((l) => l[0] === NORDDJURS)).toBe(true);
    expect((await cli('search', 'udsatte', '--to', '2020-12-31')).lines.every((l) => l[0] === RINGSTED)).toBe(true);
    expect((await cli('search', 'udsatte', '--from', '2020-03-11', '--to', '2021-04-14')).lines).toEqual([]);

    const unknown = await cli('search', 'udsatte', '--forum', 'Ældrerådet');
    expect(unknown.code).toBe(1);
    expect(unknown.err).toBe('referent: Intet forum hedder «Ældrerådet». Forummerne er: «Dialogforum for socialt udsatte», «Dialogmøde vedr. socialt udsatte».\n');
  });

  it('writes one JSON object a line with --json', async () => {
    const r = await cli('search', 'Arbejdsplan', '--json');
    const hits = r.out.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(hits.length).toBeGreaterThan(0);
    expect(hits[0]).toMatchObject({ meetingId: NORDDJURS, date: '2021-04-15', forum: 'Dialogforum for socialt udsatte', itemNumber: '5', itemTitle: 'Arbejdsplan' });
    expect(String(hits[0]!.snippet)).not.toMatch(/\n/);
  });

  it('finds what was typed since, and not what was deleted', async () => {
    const core = createCore({ dataDir, backups: false });
    try {
      await core.call('items.updateField', { meetingId: RINGSTED, itemId: core.services.meetings.get(RINGSTED).items[0]!.id, patch: { field: 'notes', value: { type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Kaffen var kold og kagen var god.' }] }] } } });
    } finally {
      core.close();
    }
    expect((await cli('search', 'kagen')).lines.map((l) => l.slice(0, 4))).toEqual([[RINGSTED, '2020-03-10', 'Dialogmøde vedr. socialt udsatte', '1. Velkommen til Ringsted Krisecenter']]);
    const again = createCore({ dataDir, backups: false });
    try {
      await again.call('meetings.delete', { id: RINGSTED });
    } finally {
      again.close();
    }
    expect((await cli('search', 'kagen')).lines).toEqual([]);
    expect((await cli('search', 'Kirsten')).lines).toEqual([]);
  });

  it('refuses an empty search or a date that is not one, exit 2; search syntax in the words is only words', async () => {
    expect(await cli('search')).toMatchObject({ code: 2, out: '' });
    const signs = await cli('search', '...', '-');
    expect(signs).toMatchObject({ code: 2, out: '' });
    expect(signs.err).toMatch(/"\.\.\. -" har ingen ord at søge efter/);
    expect((await cli('search', 'x', '--from', '15-04-2021')).code).toBe(2);
    const odd = await cli('search', 'NOT', '(udsatte', 'OR', '*', '"', 'AND');
    expect(odd.code).toBe(0);
    expect(odd.err).toBe('');
  });
});

describe('ftsQuery', () => {
  it('makes every word a prefix term and a quoted phrase a phrase, never FTS5 syntax', () => {
    expect(ftsQuery('hjemløse tælling')).toBe('"hjemløse"* "tælling"*');
    expect(ftsQuery('"tidlig indsats" Ringsted')).toBe('"tidlig indsats" "Ringsted"*');
    expect(ftsQuery('NOT (a OR b*) "x""')).toBe('"NOT"* "a"* "OR"* "b"* "x"');
    expect(ftsQuery('  ')).toBe('');
  });
});
