import type { Database } from 'better-sqlite3';
import type { Meeting } from '../../shared/domain/meeting';
import { readExtra } from './extraKeys';
import type { ActionRow, AbsenceRow, AttachmentRow, DecisionRow, DissentRow, ItemRow, MeetingRow, PersonRow, RoundTableRow } from './meetingRows';

const rich = (s: string | null) => (s === null ? null : (JSON.parse(s) as unknown));
const byItem = <T extends { item_id: string }>(rows: T[]) => {
  const map = new Map<string, T[]>();
  for (const r of rows) {
    const list = map.get(r.item_id);
    if (list) list.push(r);
    else map.set(r.item_id, [r]);
  }
  return map;
};

/**
 * Reads one meeting from its rows into the meeting-file shape (ProseMirror rich text, absent
 * optional values as null, lists always present). Prepared once per database.
 */
export function createMeetingReader(db: Database) {
  const q = {
    meeting: db.prepare<[string], MeetingRow & { forum_name: string; forum_organisation: string | null; forum_short_name: string | null; forum_extra: string | null }>(
      `SELECT m.*, f.name AS forum_name, f.organisation AS forum_organisation, f.short_name AS forum_short_name, f.extra AS forum_extra
       FROM meetings m JOIN forums f ON f.id = m.forum_id WHERE m.id = ?`,
    ),
    people: db.prepare<[string], PersonRow>('SELECT * FROM meeting_people WHERE meeting_id = ? ORDER BY sort_order'),
    items: db.prepare<[string], ItemRow>('SELECT * FROM items WHERE meeting_id = ? ORDER BY parent_id IS NOT NULL, sort_order'),
    decisions: db.prepare<[string], DecisionRow>('SELECT * FROM decisions WHERE meeting_id = ?'),
    dissents: db.prepare<[string], DissentRow>('SELECT * FROM dissents WHERE meeting_id = ? ORDER BY sort_order'),
    absences: db.prepare<[string], AbsenceRow>('SELECT * FROM item_absences WHERE meeting_id = ? ORDER BY sort_order'),
    roundTable: db.prepare<[string], RoundTableRow>('SELECT * FROM round_table WHERE meeting_id = ? ORDER BY sort_order'),
    actions: db.prepare<[string], ActionRow>('SELECT * FROM actions WHERE meeting_id = ? ORDER BY sort_order'),
    attachments: db.prepare<[string], AttachmentRow>('SELECT * FROM attachments WHERE meeting_id = ? ORDER BY sort_order'),
  };

  return function readMeeting(id: string): Meeting | null {
    const m = q.meeting.get(id);
    if (!m) return null;
    const decisions = new Map(q.decisions.all(id).map((d) => [d.item_id, d]));
    const dissents = byItem(q.dissents.all(id));
    const absences = byItem(q.absences.all(id));
    const roundTable = byItem(q.roundTable.all(id));
    const actions = byItem(q.actions.all(id));
    const attachments = byItem(q.attachments.all(id));

    const toItem = (r: ItemRow) => {
      const d = decisions.get(r.id);
      return {
        ...readExtra(r.extra),
        id: r.id,
        number: r.number,
        title: r.title,
        subtitle: r.subtitle,
        kind: r.kind,
        presenter: r.presenter,
        plannedMinutes: r.planned_minutes,
        caseNumber: r.case_number,
        kleNumber: r.kle_number,
        access: r.access,
        routing: r.routing,
        description: rich(r.description),
        recommendation: rich(r.recommendation),
        notes: rich(r.notes),
        absent: (absences.get(r.id) ?? []).map((a) => ({ ...readExtra(a.extra), personId: a.person_id, reason: a.reason, note: a.note })),
        roundTable: (roundTable.get(r.id) ?? []).map((e) => ({ ...readExtra(e.extra), personId: e.person_id, text: rich(e.text) })),
        decision: d
          ? {
              ...readExtra(d.extra),
              outcome: d.outcome,
              text: rich(d.text),
              decidedBy: d.decided_by,
              postponedTo: d.postponed_to,
              votes:
                d.votes_for === null && d.votes_against === null && d.votes_abstain === null
                  ? null
                  : { ...readExtra(d.votes_extra), for: d.votes_for ?? 0, against: d.votes_against ?? 0, abstain: d.votes_abstain ?? 0 },
              dissent: (dissents.get(r.id) ?? []).map((x) => ({ ...readExtra(x.extra), personIds: JSON.parse(x.person_ids) as string[], text: rich(x.text) })),
            }
          : null,
        actions: (actions.get(r.id) ?? []).map((a) => ({
          ...readExtra(a.extra),
          id: a.id,
          text: a.text,
          ownerId: a.owner_id,
          ownerName: a.owner_name,
          due: a.due,
          done: a.done === 1,
        })),
        attachments: (attachments.get(r.id) ?? []).map((a) => ({
          ...readExtra(a.extra),
          id: a.id,
          number: a.number,
          title: a.title,
          reference: a.reference,
          access: a.access,
          file: a.file,
          sha256: a.sha256,
        })),
      };
    };

    const rows = q.items.all(id);
    const subItems = new Map<string, ReturnType<typeof toItem>[]>();
    for (const r of rows) {
      if (r.parent_id === null) continue;
      const list = subItems.get(r.parent_id) ?? [];
      list.push(toItem(r));
      subItems.set(r.parent_id, list);
    }
    const items = rows.filter((r) => r.parent_id === null).map((r) => ({ ...toItem(r), subItems: subItems.get(r.id) ?? [] }));

    const meeting = {
      ...readExtra(m.extra),
      format: 'referent.meeting',
      formatVersion: 1,
      id: m.id,
      revision: m.revision,
      updatedAt: m.updated_at,
      forum: m.forum_as_filed ? JSON.parse(m.forum_as_filed) : { ...readExtra(m.forum_extra), name: m.forum_name, organisation: m.forum_organisation, shortName: m.forum_short_name },
      title: m.title,
      documentKind: m.document_kind,
      date: m.date,
      startTime: m.start_time,
      endTime: m.end_time,
      location: m.location,
      people: q.people.all(id).map((p) => ({
        ...readExtra(p.extra),
        id: p.id,
        name: p.name,
        organisation: p.organisation,
        title: p.title,
        role: p.role,
        attendance: p.attendance,
        attendanceNote: p.attendance_note,
        remark: p.remark,
        isReferent: p.is_referent === 1,
        signs: p.signs === null ? null : p.signs === 1,
        substituteFor: p.substitute_for,
      })),
      items,
      nextMeeting: m.next_meeting === null ? null : JSON.parse(m.next_meeting),
      status: m.status,
      jointBodies: m.joint_bodies === null ? [] : JSON.parse(m.joint_bodies),
      preamble: rich(m.preamble),
      forumId: m.forum_id,
      agendaSent: m.agenda_sent === null ? null : JSON.parse(m.agenda_sent),
    };
    return meeting as unknown as Meeting;
  };
}
