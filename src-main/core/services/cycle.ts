import type { Database } from 'better-sqlite3';
import type { MethodInput } from '../../shared/api/contract';
import type { FollowUp } from '../../shared/api/cycleMethods';
import type { Status } from '../../shared/meetingFile/types';
import { CoreError } from '../coreError';
import type { MeetingsService } from './meetings';
import type { Mutator } from './mutation';

/** The steps a meeting may take by hand; "signed" is reached only by signing. */
const allowed: Record<Exclude<Status, 'signed'>, Status[]> = {
  draft: ['agenda-sent', 'in-meeting'],
  'agenda-sent': ['draft', 'in-meeting'],
  'in-meeting': ['agenda-sent', 'final'],
  final: ['in-meeting'],
};

/** The meeting cycle: stages, "Opret næste møde", and the forum's register of open follow-ups. */
export function createCycleService(db: Database, { mutate }: Mutator, meetings: MeetingsService) {
  const statusOf = db.prepare<[string], { status: Status }>('SELECT status FROM meetings WHERE id = ?');
  const setStatus = db.prepare('UPDATE meetings SET status = ? WHERE id = ?');
  const setSent = db.prepare('UPDATE meetings SET agenda_sent = ? WHERE id = ?');
  const forumMeetings = db.prepare<[string], { id: string }>('SELECT id FROM meetings WHERE forum_id = ? ORDER BY date DESC, created_at DESC');

  return {
    setStatus({ meetingId, status }: MethodInput<'meetings.setStatus'>) {
      return mutate(meetingId, () => {
        const from = statusOf.get(meetingId)!.status as Exclude<Status, 'signed'>;
        if (from === status) return;
        if (!allowed[from].includes(status)) {
          throw new CoreError('invalid-input', `Mødet kan ikke gå fra «${from}» til «${status}» direkte.`, 'status');
        }
        setStatus.run(status, meetingId);
        // The agenda as sent: later changes to it show as such.
        if (status === 'agenda-sent' && from === 'draft') {
          const m = meetings.get(meetingId);
          const snapshot = m.items.flatMap((i, index) => [
            { id: i.id, title: i.title, parentId: null, index },
            ...i.subItems.map((s, j) => ({ id: s.id, title: s.title, parentId: i.id, index: j })),
          ]);
          setSent.run(JSON.stringify({ sentAt: new Date().toISOString(), items: snapshot }), meetingId);
        }
        if (status === 'draft') setSent.run(null, meetingId);
      });
    },

    createNext({ meetingId, templateId, date }: MethodInput<'meetings.createNext'>): { id: string } {
      const m = meetings.get(meetingId);
      const latest = forumMeetings.get(m.forumId)!.id;
      if (latest !== meetingId) {
        throw new CoreError('conflict', 'Der er allerede oprettet et senere møde i forummet. Åbn det fra forummets mødeliste.');
      }
      const next = meetings.create({ forumId: m.forumId, title: m.title, date, templateId, fromLast: true });
      return { id: next.id };
    },

    /**
     * Every open follow-up of the forum's meetings. One carried into a later meeting is shown
     * once, where it was carried to (that is where it is ticked off).
     */
    followUps({ forumId, includeDone }: MethodInput<'followUps.list'>): FollowUp[] {
      const rows: FollowUp[] = [];
      const carried = new Set<string>();
      for (const { id } of forumMeetings.all(forumId)) {
        const m = meetings.get(id);
        for (const item of m.items.flatMap((i) => [i, ...i.subItems])) {
          for (const a of item.actions) {
            const from = (a as { carriedFrom?: { actionId?: string } }).carriedFrom;
            if (from?.actionId) carried.add(from.actionId);
            if (carried.has(a.id) || (a.done && !includeDone)) continue;
            const owner = a.ownerId ? (m.people.find((p) => p.id === a.ownerId)?.name ?? null) : (a.ownerName ?? null);
            rows.push({ meetingId: m.id, meetingTitle: m.title, meetingDate: m.date, itemId: item.id, itemTitle: item.title, actionId: a.id, text: a.text, ownerId: a.ownerId ?? null, ownerName: a.ownerName ?? null, owner, due: a.due ?? null, done: !!a.done });
          }
        }
      }
      return rows.sort((x, y) => (x.due ?? '9999').localeCompare(y.due ?? '9999') || y.meetingDate.localeCompare(x.meetingDate));
    },
  };
}
