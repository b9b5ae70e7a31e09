import type { Database } from 'better-sqlite3';
import type { Item, MeetingFile } from '../../shared/meetingFile/types';
import { knownKeys, splitExtra } from './extraKeys';

const json = (v: unknown) => (v === null || v === undefined ? null : JSON.stringify(v));
const nul = <T>(v: T | null | undefined): T | null => (v === undefined ? null : v);
const bool = (v: boolean | null | undefined) => (v === null || v === undefined ? null : v ? 1 : 0);
const asRecord = (v: unknown) => v as Record<string, unknown>;

/**
 * Writes a whole meeting (already validated and normalised) into empty tables: the import path.
 * The caller runs it inside a transaction, after deleting any older copy of the meeting.
 */
export function createMeetingWriter(db: Database) {
  const insertMeeting = db.prepare(
    `INSERT INTO meetings (id, forum_id, title, document_kind, date, start_time, end_time, location, status, joint_bodies, preamble, next_meeting, revision, updated_at, created_at, extra, forum_as_filed)
     VALUES (@id, @forum_id, @title, @document_kind, @date, @start_time, @end_time, @location, @status, @joint_bodies, @preamble, @next_meeting, @revision, @updated_at, @created_at, @extra, @forum_as_filed)`,
  );
  const insertPerson = db.prepare(
    `INSERT INTO meeting_people (meeting_id, id, sort_order, member_id, name, organisation, title, role, attendance, attendance_note, remark, is_referent, signs, substitute_for, extra)
     VALUES (@meeting_id, @id, @sort_order, @member_id, @name, @organisation, @title, @role, @attendance, @attendance_note, @remark, @is_referent, @signs, @substitute_for, @extra)`,
  );
  const insertItem = db.prepare(
    `INSERT INTO items (meeting_id, id, parent_id, sort_order, number, title, subtitle, kind, presenter, planned_minutes, case_number, kle_number, access, routing, description, recommendation, notes, extra)
     VALUES (@meeting_id, @id, @parent_id, @sort_order, @number, @title, @subtitle, @kind, @presenter, @planned_minutes, @case_number, @kle_number, @access, @routing, @description, @recommendation, @notes, @extra)`,
  );
  const insertDecision = db.prepare(
    `INSERT INTO decisions (meeting_id, item_id, outcome, text, decided_by, postponed_to, votes_for, votes_against, votes_abstain, votes_extra, extra)
     VALUES (@meeting_id, @item_id, @outcome, @text, @decided_by, @postponed_to, @votes_for, @votes_against, @votes_abstain, @votes_extra, @extra)`,
  );
  const insertDissent = db.prepare('INSERT INTO dissents (meeting_id, item_id, sort_order, person_ids, text, extra) VALUES (?, ?, ?, ?, ?, ?)');
  const insertAbsence = db.prepare('INSERT INTO item_absences (meeting_id, item_id, person_id, sort_order, reason, note, extra) VALUES (?, ?, ?, ?, ?, ?, ?)');
  const insertRoundTable = db.prepare('INSERT INTO round_table (meeting_id, item_id, person_id, sort_order, text, extra) VALUES (?, ?, ?, ?, ?, ?)');
  const insertAction = db.prepare(
    `INSERT INTO actions (meeting_id, id, item_id, sort_order, text, owner_id, owner_name, due, done, extra)
     VALUES (@meeting_id, @id, @item_id, @sort_order, @text, @owner_id, @owner_name, @due, @done, @extra)`,
  );
  const insertAttachment = db.prepare(
    `INSERT INTO attachments (meeting_id, id, item_id, sort_order, number, title, reference, access, file, sha256, extra)
     VALUES (@meeting_id, @id, @item_id, @sort_order, @number, @title, @reference, @access, @file, @sha256, @extra)`,
  );

  function writeItem(meetingId: string, item: Item, parentId: string | null, order: number): void {
    insertItem.run({
      meeting_id: meetingId,
      id: item.id,
      parent_id: parentId,
      sort_order: order,
      number: nul(item.number),
      title: item.title,
      subtitle: nul(item.subtitle),
      kind: nul(item.kind),
      presenter: nul(item.presenter),
      planned_minutes: nul(item.plannedMinutes),
      case_number: nul(item.caseNumber),
      kle_number: nul(item.kleNumber),
      access: item.access ?? 'open',
      routing: nul(item.routing),
      description: json(item.description),
      recommendation: json(item.recommendation),
      notes: json(item.notes),
      extra: splitExtra(asRecord(item), knownKeys.item),
    });
    const d = item.decision;
    if (d) {
      insertDecision.run({
        meeting_id: meetingId,
        item_id: item.id,
        outcome: d.outcome,
        text: json(d.text),
        decided_by: nul(d.decidedBy),
        postponed_to: nul(d.postponedTo),
        votes_for: d.votes ? d.votes.for : null,
        votes_against: d.votes ? d.votes.against : null,
        votes_abstain: d.votes ? d.votes.abstain : null,
        votes_extra: d.votes ? splitExtra(asRecord(d.votes), knownKeys.votes) : null,
        extra: splitExtra(asRecord(d), knownKeys.decision),
      });
      (d.dissent ?? []).forEach((x, i) => insertDissent.run(meetingId, item.id, i, JSON.stringify(x.personIds), JSON.stringify(x.text), splitExtra(asRecord(x), knownKeys.dissent)));
    }
    (item.absent ?? []).forEach((a, i) => insertAbsence.run(meetingId, item.id, a.personId, i, a.reason, nul(a.note), splitExtra(asRecord(a), knownKeys.absence)));
    (item.roundTable ?? []).forEach((e, i) => insertRoundTable.run(meetingId, item.id, e.personId, i, JSON.stringify(e.text), splitExtra(asRecord(e), knownKeys.roundTable)));
    (item.actions ?? []).forEach((a, i) =>
      insertAction.run({
        meeting_id: meetingId,
        id: a.id,
        item_id: item.id,
        sort_order: i,
        text: a.text,
        owner_id: nul(a.ownerId),
        owner_name: nul(a.ownerName),
        due: nul(a.due),
        done: a.done ? 1 : 0,
        extra: splitExtra(asRecord(a), knownKeys.action),
      }),
    );
    (item.attachments ?? []).forEach((a, i) =>
      insertAttachment.run({
        meeting_id: meetingId,
        id: a.id,
        item_id: item.id,
        sort_order: i,
        number: nul(a.number),
        title: a.title,
        reference: nul(a.reference),
        access: a.access ?? 'open',
        file: nul(a.file),
        sha256: nul(a.sha256),
        extra: splitExtra(asRecord(a), knownKeys.attachment),
      }),
    );
    (item.subItems ?? []).forEach((sub, i) => writeItem(meetingId, sub, item.id, i));
  }

  /** `meta.forumAsFiled`: keep the file's own forum facts (an import); absent, the forum here is used. */
  function writeMeeting(forumId: string, m: MeetingFile, meta: { revision: number; updatedAt: string; createdAt: string; forumAsFiled?: boolean }): void {
    insertMeeting.run({
      id: m.id,
      forum_id: forumId,
      title: m.title,
      document_kind: m.documentKind ?? 'minutes',
      date: m.date,
      start_time: nul(m.startTime),
      end_time: nul(m.endTime),
      location: nul(m.location),
      status: m.status ?? 'draft',
      joint_bodies: m.jointBodies && m.jointBodies.length > 0 ? JSON.stringify(m.jointBodies) : null,
      preamble: json(m.preamble),
      next_meeting: json(m.nextMeeting),
      revision: meta.revision,
      updated_at: meta.updatedAt,
      created_at: meta.createdAt,
      extra: splitExtra(asRecord(m), knownKeys.meeting),
      forum_as_filed: meta.forumAsFiled ? JSON.stringify(m.forum) : null,
    });
    (m.people ?? []).forEach((p, i) =>
      insertPerson.run({
        meeting_id: m.id,
        id: p.id,
        sort_order: i,
        member_id: null,
        name: p.name,
        organisation: nul(p.organisation),
        title: nul(p.title),
        role: p.role ?? 'member',
        attendance: p.attendance ?? 'unknown',
        attendance_note: nul(p.attendanceNote),
        remark: nul(p.remark),
        is_referent: p.isReferent ? 1 : 0,
        signs: bool(p.signs),
        substitute_for: nul(p.substituteFor),
        extra: splitExtra(asRecord(p), knownKeys.person),
      }),
    );
    (m.items ?? []).forEach((item, i) => writeItem(m.id, item, null, i));
  }

  return { writeMeeting, writeItem };
}
