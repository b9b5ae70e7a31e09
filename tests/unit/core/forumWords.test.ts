import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { openTestCore } from '../../support/coreFixture';

describe('a forum’s word list', () => {
  let t: ReturnType<typeof openTestCore>;
  beforeEach(() => (t = openTestCore()));
  afterEach(() => t.dispose());

  it('keeps words per forum, sorted, once each, and removes them', async () => {
    const a = await t.core.call('forums.create', { name: 'Udsatterådet' });
    const b = await t.core.call('forums.create', { name: 'Handicaprådet' });
    await t.core.call('forums.addWord', { forumId: a.id, word: 'udsattepolitikken' });
    await t.core.call('forums.addWord', { forumId: a.id, word: ' Kirkens Korshær '.trim().split(' ')[0]! });
    expect(await t.core.call('forums.addWord', { forumId: a.id, word: 'udsattepolitikken' })).toEqual({ words: ['Kirkens', 'udsattepolitikken'] });
    expect(await t.core.call('forums.words', { forumId: b.id })).toEqual({ words: [] });
    expect(await t.core.call('forums.removeWord', { forumId: a.id, word: 'Kirkens' })).toEqual({ words: ['udsattepolitikken'] });
  });

  it('refuses what is not one word, and an unknown forum, with a message', async () => {
    const a = await t.core.call('forums.create', { name: 'Ældrerådet' });
    for (const word of ['to ord', 'x', '123', 'ord;DROP']) {
      const r = await t.core.invoke('forums.addWord', { forumId: a.id, word });
      expect(r).toMatchObject({ ok: false, error: { code: 'invalid-input', path: 'word' } });
    }
    expect(await t.core.invoke('forums.words', { forumId: 'findes-ikke' })).toMatchObject({ ok: false, error: { code: 'not-found' } });
    expect(await t.core.call('forums.words', { forumId: a.id })).toEqual({ words: [] });
  });
});
