import { randomUUID } from 'node:crypto';
import type { MeetingItem, MeetingSubItem, MeetingView } from '../../shared/domain/meeting';
import type { Member } from '../../shared/domain/member';
import type { Action, DocumentKind, Item, Person } from '../../shared/meetingFile/types';
import type { Template } from '../../shared/templates/templateFile';
import { shortDanishDate } from '../../shared/format/danishDate';
import { markdownToDoc } from '../../shared/richText/markdown';

export interface NewMeetingInput {
  title: string;
  date?: string;
  documentKind?: DocumentKind;
  startTime?: string | null;
  endTime?: string | null;
  location?: string | null;
}

export interface NewMeetingSources {
  template: Template | null;
  /** The forum's last meeting, when the carry-over rules apply. */
  last: MeetingView | null;
  /** A meeting whose agenda shape is copied (without carry-over). */
  copyFrom: MeetingView | null;
  members: Member[];
}

export interface NewMeeting {
  header: { title: string; date: string | null; documentKind: DocumentKind; startTime: string | null; endTime: string | null; location: string | null };
  people: (Person & { memberId: string | null })[];
  items: Item[];
}

const leading = /^(velkommen|godkendelse|kort præsentation|præsentation)/i;
const approval = /^godkendelse af referat/i;

/** An item's agenda shape: what it is about, never what was said or decided. */
function shapeOf(i: MeetingSubItem, withTexts: boolean): Item {
  return {
    id: randomUUID(),
    title: i.title,
    subtitle: i.subtitle,
    kind: i.kind,
    presenter: i.presenter,
    plannedMinutes: i.plannedMinutes,
    caseNumber: i.caseNumber,
    kleNumber: i.kleNumber,
    access: i.access,
    routing: i.routing,
    ...(withTexts ? { description: i.description, recommendation: i.recommendation } : {}),
    ...(Array.isArray((i as { sections?: unknown }).sections) ? { sections: (i as { sections?: unknown }).sections } : {}),
  } as Item;
}

/**
 * The carry-over rules of a new meeting (issue 5), as one pure function of its sources:
 * people from the forum's members (else the last meeting's, without guests and stand-ins), the
 * agenda from the template (else the last meeting's standing items), items decided "Udsat" back
 * with where they came from, open follow-ups under "Opfølgning fra sidste møde", the approval of
 * the last minutes naming that meeting, and date, times and place from its Næste møde.
 */
export function buildNewMeeting(input: NewMeetingInput, src: NewMeetingSources): NewMeeting {
  const { template, last, copyFrom, members } = src;
  const next = last?.nextMeeting ?? null;
  const basis = last ?? copyFrom;

  const people: NewMeeting['people'] =
    members.length > 0
      ? members.map((m) => ({ id: randomUUID(), name: m.name, organisation: m.organisation, title: m.title, role: m.role, signs: m.signs, memberId: m.id }))
      : (basis?.people ?? [])
          .filter((p) => p.role !== 'guest' && !p.substituteFor)
          .map((p) => ({ id: randomUUID(), name: p.name, organisation: p.organisation, title: p.title, role: p.role, signs: p.signs, isReferent: p.isReferent, memberId: null }));

  let items: Item[] = template
    ? template.items.map((t) => ({ id: randomUUID(), title: t.title, kind: t.kind, plannedMinutes: t.plannedMinutes, presenter: t.presenter, description: t.description, recommendation: t.recommendation, ...(t.sections ? { sections: t.sections } : {}) }) as Item)
    : copyFrom
      ? copyFrom.items.map((i) => ({ ...shapeOf(i, false), subItems: i.subItems.map((s) => shapeOf(s, false)) }))
      : last
        ? last.items.filter((i) => i.kind === 'standing' || i.kind === 'break').map((i) => shapeOf(i, false))
        : [];

  if (last) {
    const when = shortDanishDate(last.date);
    items = items.map((i) =>
      approval.test(i.title)
        ? { ...i, title: 'Godkendelse af referat fra sidste møde', description: markdownToDoc(`Referatet fra mødet den ${when} («${last.title}») godkendes.`) }
        : i,
    );
    const carried: Item[] = [];
    const followUps = openActions(last, people);
    if (followUps.length > 0) {
      carried.push({ id: randomUUID(), title: 'Opfølgning fra sidste møde', kind: 'standing', actions: followUps, sections: ['notes', 'actions'] } as Item);
    }
    for (const i of [...last.items, ...last.items.flatMap((x) => x.subItems)]) {
      if (i.decision?.outcome !== 'postponed') continue;
      carried.push({
        ...shapeOf(i, true),
        subtitle: `Udsat fra mødet den ${when}`,
        carriedFrom: { meetingId: last.id, itemId: i.id, date: last.date, title: last.title },
      } as Item);
    }
    let at = 0;
    while (at < items.length && items[at]!.kind === 'standing' && leading.test(items[at]!.title)) at++;
    items.splice(at, 0, ...carried);
  }

  return {
    header: {
      title: input.title,
      date: input.date ?? next?.date ?? null,
      documentKind: input.documentKind ?? template?.documentKind ?? basis?.documentKind ?? 'minutes',
      startTime: input.startTime ?? next?.startTime ?? template?.startTime ?? basis?.startTime ?? null,
      endTime: input.endTime ?? next?.endTime ?? template?.endTime ?? basis?.endTime ?? null,
      location: input.location ?? next?.location ?? (next?.host ? `Hos ${next.host}` : null) ?? template?.location ?? basis?.location ?? null,
    },
    people,
    items,
  };
}

/** The last meeting's open follow-ups, copied with the owner found again among the new people. */
function openActions(last: MeetingView, people: Person[]): Action[] {
  const all: { a: Action; item: MeetingItem | MeetingSubItem }[] = [];
  for (const i of last.items) for (const x of [i, ...i.subItems]) for (const a of x.actions) all.push({ a, item: x });
  return all
    .filter(({ a }) => !a.done)
    .map(({ a }) => {
      const owner = a.ownerId ? last.people.find((p) => p.id === a.ownerId) : undefined;
      const again = owner ? people.find((p) => p.name === owner.name) : undefined;
      return {
        id: randomUUID(),
        text: a.text,
        ownerId: again?.id ?? null,
        ownerName: again ? null : (owner?.name ?? a.ownerName ?? null),
        due: a.due,
        done: false,
        carriedFrom: { meetingId: last.id, actionId: a.id },
      } as Action;
    });
}
