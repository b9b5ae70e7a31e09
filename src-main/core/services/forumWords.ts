/** The forum's word list for the spell checker: words the referent has said are right. */
import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../../shared/api/contract';
import { CoreError } from '../coreError';

export function createForumWordsService(db: Database, now: () => Date) {
  const forumExists = db.prepare<[string], { id: string }>('SELECT id FROM forums WHERE id = ?');
  const list = db.prepare<[string], { word: string }>('SELECT word FROM forum_words WHERE forum_id = ? ORDER BY word');
  const add = db.prepare('INSERT INTO forum_words (forum_id, word, added_at) VALUES (?, ?, ?) ON CONFLICT DO NOTHING');
  const remove = db.prepare('DELETE FROM forum_words WHERE forum_id = ? AND word = ?');

  function words(forumId: string): { words: string[] } {
    if (!forumExists.get(forumId)) throw new CoreError('not-found', 'Forummet findes ikke (det kan være slettet). Vælg et andet forum.');
    return { words: list.all(forumId).map((r) => r.word) };
  }

  return {
    words: ({ forumId }: MethodInput<'forums.words'>) => words(forumId),
    add({ forumId, word }: MethodInput<'forums.addWord'>) {
      words(forumId);
      add.run(forumId, word, now().toISOString());
      return words(forumId);
    },
    remove({ forumId, word }: MethodInput<'forums.removeWord'>) {
      words(forumId);
      remove.run(forumId, word);
      return words(forumId);
    },
  };
}
