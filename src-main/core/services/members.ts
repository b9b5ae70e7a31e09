import type { Database } from 'better-sqlite3';
import { randomUUID } from 'node:crypto';
import type { MethodInput } from '../../shared/api/contract';
import type { Member } from '../../shared/domain/member';
import type { Role } from '../../shared/meetingFile/types';
import { CoreError } from '../coreError';

interface MemberRow {
  id: string;
  forum_id: string;
  name: string;
  organisation: string | null;
  title: string | null;
  role: string;
  signs: number | null;
  sort_order: number;
  retired_at: string | null;
  created_at: string;
}

export function rowToMember(r: MemberRow): Member {
  return {
    id: r.id,
    forumId: r.forum_id,
    name: r.name,
    organisation: r.organisation,
    title: r.title,
    role: r.role as Role,
    signs: r.signs === null ? null : r.signs === 1,
    retiredAt: r.retired_at,
  };
}

/** The standing members of a forum: they carry over from meeting to meeting. */
export function createMembersService(db: Database, now: () => Date) {
  const list = db.prepare<[string], MemberRow>('SELECT * FROM forum_members WHERE forum_id = ? AND retired_at IS NULL ORDER BY sort_order');
  const listAll = db.prepare<[string], MemberRow>('SELECT * FROM forum_members WHERE forum_id = ? ORDER BY retired_at IS NOT NULL, sort_order');
  const one = db.prepare<[string], MemberRow>('SELECT * FROM forum_members WHERE id = ?');
  const forumExists = db.prepare<[string], { id: string }>('SELECT id FROM forums WHERE id = ?');
  const nextOrder = db.prepare<[string], { n: number }>('SELECT coalesce(max(sort_order) + 1, 0) AS n FROM forum_members WHERE forum_id = ?');
  const insert = db.prepare(
    'INSERT INTO forum_members (id, forum_id, name, organisation, title, role, signs, sort_order, created_at) VALUES (?, ?, ?, ?, ?, ?, NULL, ?, ?)',
  );
  const setRetired = db.prepare('UPDATE forum_members SET retired_at = ? WHERE id = ?');
  const updates = {
    name: db.prepare('UPDATE forum_members SET name = ? WHERE id = ?'),
    organisation: db.prepare('UPDATE forum_members SET organisation = ? WHERE id = ?'),
    title: db.prepare('UPDATE forum_members SET title = ? WHERE id = ?'),
    role: db.prepare('UPDATE forum_members SET role = ? WHERE id = ?'),
    signs: db.prepare('UPDATE forum_members SET signs = ? WHERE id = ?'),
  };

  function get(id: string): Member {
    const row = one.get(id);
    if (!row) throw new CoreError('not-found', 'Medlemmet findes ikke. Genindlæs forummet.');
    return rowToMember(row);
  }

  return {
    get,
    list({ forumId, includeRetired }: MethodInput<'members.list'>): Member[] {
      return (includeRetired ? listAll : list).all(forumId).map(rowToMember);
    },
    /** Adds a member; runs inside the caller's transaction when there is one. */
    add(input: MethodInput<'members.add'>): Member {
      if (!forumExists.get(input.forumId)) throw new CoreError('not-found', 'Forummet findes ikke. Vælg et andet forum.');
      const id = randomUUID();
      insert.run(id, input.forumId, input.name, input.organisation ?? null, input.title ?? null, input.role ?? 'member', nextOrder.get(input.forumId)!.n, now().toISOString());
      return get(id);
    },
    update({ memberId, patch }: MethodInput<'members.update'>): Member {
      get(memberId);
      db.transaction(() => {
        for (const [field, value] of Object.entries(patch) as [keyof typeof updates, unknown][]) {
          if (value === undefined) continue;
          updates[field].run(typeof value === 'boolean' ? (value ? 1 : 0) : value, memberId);
        }
      })();
      return get(memberId);
    },
    retire({ memberId, retired }: MethodInput<'members.retire'>): Member {
      get(memberId);
      setRetired.run(retired ? now().toISOString() : null, memberId);
      return get(memberId);
    },
  };
}

export type MembersService = ReturnType<typeof createMembersService>;
