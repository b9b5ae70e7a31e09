import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { Forum } from '../../shared/domain/forum';
import type { MethodInput } from '../../shared/api/contract';
import { CoreError } from '../coreError';
import type { EventBus } from '../eventBus';

interface ForumRow {
  id: string;
  name: string;
  organisation: string | null;
  short_name: string | null;
  created_at: string;
}

function rowToForum(row: ForumRow): Forum {
  return {
    id: row.id,
    name: row.name,
    organisation: row.organisation,
    shortName: row.short_name,
    createdAt: row.created_at,
  };
}

export function createForumsService(db: Database, bus: EventBus, now: () => Date) {
  const selectAll = db.prepare<[], ForumRow>('SELECT * FROM forums ORDER BY name COLLATE NOCASE, created_at');
  const selectOne = db.prepare<[string], ForumRow>('SELECT * FROM forums WHERE id = ?');
  const insert = db.prepare(
    'INSERT INTO forums (id, name, organisation, short_name, created_at) VALUES (@id, @name, @organisation, @short_name, @created_at)',
  );

  return {
    list(): Forum[] {
      return selectAll.all().map(rowToForum);
    },
    get(id: string): Forum {
      const row = selectOne.get(id);
      if (!row) throw new CoreError('not-found', 'Forummet findes ikke (det kan være slettet). Vælg et andet forum.');
      return rowToForum(row);
    },
    create(input: MethodInput<'forums.create'>): Forum {
      const row: ForumRow = {
        id: randomUUID(),
        name: input.name,
        organisation: input.organisation,
        short_name: input.shortName,
        created_at: now().toISOString(),
      };
      insert.run(row);
      const forum = rowToForum(row);
      bus.emit('forums.changed', { forum });
      return forum;
    },
  };
}

export type ForumsService = ReturnType<typeof createForumsService>;
