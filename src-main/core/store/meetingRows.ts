/** Row types of the meeting tables (migration 0002), as better-sqlite3 returns them. */
export interface MeetingRow {
  id: string;
  forum_id: string;
  title: string;
  document_kind: string;
  date: string;
  start_time: string | null;
  end_time: string | null;
  location: string | null;
  status: string;
  joint_bodies: string | null;
  preamble: string | null;
  next_meeting: string | null;
  revision: number;
  content_hash: string | null;
  hash_revision: number | null;
  updated_at: string;
  created_at: string;
  extra: string | null;
  agenda_sent: string | null;
  forum_as_filed: string | null;
}

export interface PersonRow {
  meeting_id: string;
  id: string;
  sort_order: number;
  member_id: string | null;
  name: string;
  organisation: string | null;
  title: string | null;
  role: string;
  attendance: string;
  attendance_note: string | null;
  remark: string | null;
  is_referent: number;
  signs: number | null;
  substitute_for: string | null;
  extra: string | null;
}

export interface ItemRow {
  meeting_id: string;
  id: string;
  parent_id: string | null;
  sort_order: number;
  number: string | null;
  title: string;
  subtitle: string | null;
  kind: string | null;
  presenter: string | null;
  planned_minutes: number | null;
  case_number: string | null;
  kle_number: string | null;
  access: string;
  routing: string | null;
  description: string | null;
  recommendation: string | null;
  notes: string | null;
  extra: string | null;
}

export interface DecisionRow {
  meeting_id: string;
  item_id: string;
  outcome: string;
  text: string | null;
  decided_by: string | null;
  postponed_to: string | null;
  votes_for: number | null;
  votes_against: number | null;
  votes_abstain: number | null;
  /** Unknown keys of the votes object (0008). */
  votes_extra: string | null;
  extra: string | null;
}

export interface DissentRow {
  meeting_id: string;
  item_id: string;
  sort_order: number;
  person_ids: string;
  text: string;
  extra: string | null;
}

export interface AbsenceRow {
  meeting_id: string;
  item_id: string;
  person_id: string;
  sort_order: number;
  reason: string;
  note: string | null;
  extra: string | null;
}

export interface RoundTableRow {
  meeting_id: string;
  item_id: string;
  person_id: string;
  sort_order: number;
  text: string;
  extra: string | null;
}

export interface ActionRow {
  meeting_id: string;
  id: string;
  item_id: string;
  sort_order: number;
  text: string;
  owner_id: string | null;
  owner_name: string | null;
  due: string | null;
  done: number;
  extra: string | null;
}

export interface AttachmentRow {
  meeting_id: string;
  id: string;
  item_id: string;
  sort_order: number;
  number: string | null;
  title: string;
  reference: string | null;
  access: string;
  file: string | null;
  sha256: string | null;
  extra: string | null;
}
