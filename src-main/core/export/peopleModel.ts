/**
 * The people of a meeting as the export writes them: the facts table's Deltagere, Afbud,
 * Fraværende and Referent, the signature page, and names for Bordet rundt, absences and dissent.
 */
import type { Meeting } from '../../shared/domain/meeting';
import { defaultSigns, type AbsenceReason, type Person } from '../../shared/meetingFile/types';
import type { ExportVariant } from '../../shared/export/types';
import type { FactRow, Signer } from './modelTypes';

export type PeopleIndex = (id: string) => Person | undefined;

export function peopleIndex(meeting: Meeting): PeopleIndex {
  const byId = new Map(meeting.people.map((p) => [p.id, p]));
  return (id) => byId.get(id);
}

/** Whom they represent, else their title: "Røde Kors Grenaa", "Social- og Sundhedschef". */
export function personDetail(p: Person): string | null {
  const parts = [p.organisation, p.title].filter((s): s is string => !!s && s.trim() !== '');
  return parts.length ? parts.join(', ') : null;
}

/** "Carli Hækkerup, Mødrehjælpen og Venligboerne (for Jette Christensen; deltog fra pkt. 3; referent)". */
export function personLine(p: Person, find: PeopleIndex, withOutcome: boolean): string {
  const detail = personDetail(p);
  const notes: string[] = [];
  if (p.substituteFor) notes.push(`for ${find(p.substituteFor)?.name ?? 'et medlem'}`);
  if (p.remark) notes.push(p.remark);
  if (withOutcome && p.attendanceNote) notes.push(p.attendanceNote);
  if (p.isReferent) notes.push('referent');
  return `${p.name}${detail ? `, ${detail}` : ''}${notes.length ? ` (${notes.join('; ')})` : ''}`;
}

export function nameOf(find: PeopleIndex, id: string): string {
  return find(id)?.name ?? 'en deltager';
}

/** The people rows of the facts table. The agenda lists the invited, without the outcome. */
export function peopleFacts(meeting: Meeting, variant: ExportVariant): FactRow[] {
  const find = peopleIndex(meeting);
  const rows: FactRow[] = [];
  const row = (label: string, people: Person[], withOutcome: boolean) => {
    if (people.length) rows.push({ label, lines: people.map((p) => personLine(p, find, withOutcome)), list: true });
  };
  if (variant === 'agenda') {
    row('Inviterede', meeting.people, false);
  } else {
    const by = (a: Person['attendance']) => meeting.people.filter((p) => (p.attendance ?? 'unknown') === a);
    row('Deltagere', by('present'), true);
    row('Afbud', by('notified-absence'), true);
    row('Fraværende', by('absent'), true);
    row('Fremmøde ikke registreret', by('unknown'), true);
  }
  const referents = meeting.people.filter((p) => p.isReferent);
  if (referents.length) rows.push({ label: 'Referent', lines: referents.map((p) => p.name), list: false });
  return rows;
}

/** Those who attended and sign (the spec's default by role when `signs` is not set). */
export function signers(meeting: Meeting): Signer[] {
  return meeting.people
    .filter((p) => p.attendance === 'present' && (p.signs ?? defaultSigns(p.role)))
    .map((p) => ({ name: p.name, detail: personDetail(p) }));
}

const absenceSentence: Record<AbsenceReason, (name: string) => string> = {
  inhabil: (n) => `${n} deltog ikke i behandlingen af punktet (inhabil)`,
  left: (n) => `${n} forlod mødet under behandlingen af punktet`,
  'arrived-later': (n) => `${n} deltog ikke i behandlingen af punktet (kom senere)`,
  other: (n) => `${n} deltog ikke i behandlingen af punktet`,
};

/** "Merete Holck deltog ikke i behandlingen af punktet (inhabil)." with any note after it. */
export function absenceText(name: string, reason: AbsenceReason, note: string | null | undefined): string {
  const base = absenceSentence[reason](name);
  return note && note.trim() ? `${base}: ${note.trim().replace(/\.$/, '')}.` : `${base}.`;
}
