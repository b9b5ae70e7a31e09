/**
 * Checks that span the whole meeting file, after the schema: ids unique in their kind (people;
 * items and sub-items together), and every reference to a person naming one in `people`.
 * Action and attachment ids, which the spec does not ask to be unique, are made so before
 * (distinctPartIds), as the store keys them per meeting. The first problem in file order is
 * reported, with the path of the offending value (for a duplicate: the second occurrence, naming
 * the first).
 */
import type { Item, MeetingFile, SubItem } from './types';

export interface ReferenceProblem { path: string; message: string }

class Ids {
  private readonly seen = new Map<string, string>();
  constructor(private readonly what: string) {}
  /** Records an id; returns the problem when it was used before. */
  add(id: string, path: string): ReferenceProblem | null {
    const first = this.seen.get(id);
    if (first !== undefined) return { path, message: `${this.what}-id ${JSON.stringify(id)} er brugt to gange (første gang i ${first})` };
    this.seen.set(id, path);
    return null;
  }
}

export function checkReferences(m: MeetingFile): ReferenceProblem | null {
  const people = new Ids('person');
  const items = new Ids('punkt');
  const personIds = new Set((m.people ?? []).map((p) => p.id));
  const person = (id: string, path: string): ReferenceProblem | null =>
    personIds.has(id) ? null : { path, message: `personen ${JSON.stringify(id)} findes ikke i people` };

  const peopleList = m.people ?? [];
  for (let i = 0; i < peopleList.length; i++) {
    const p = peopleList[i] as NonNullable<MeetingFile['people']>[number];
    const problem = people.add(p.id, `people[${i}].id`);
    if (problem) return problem;
  }
  for (let i = 0; i < peopleList.length; i++) {
    const p = peopleList[i] as NonNullable<MeetingFile['people']>[number];
    if (p.substituteFor === null || p.substituteFor === undefined) continue;
    const at = `people[${i}].substituteFor`;
    if (p.substituteFor === p.id) return { path: at, message: 'en person kan ikke være stedfortræder for sig selv' };
    const problem = person(p.substituteFor, at);
    if (problem) return problem;
  }

  const checkItem = (item: SubItem, at: string): ReferenceProblem | null => {
    let problem = items.add(item.id, `${at}.id`);
    if (problem) return problem;
    const absent = new Set<string>();
    for (const [i, a] of (item.absent ?? []).entries()) {
      const path = `${at}.absent[${i}].personId`;
      if ((problem = person(a.personId, path))) return problem;
      // One person may be absent twice in an item (came later, left early), once for each reason.
      const key = `${a.personId}\u0000${a.reason}`;
      if (absent.has(key)) {
        return { path: `${at}.absent[${i}].reason`, message: `personen ${JSON.stringify(a.personId)} står allerede i absent med årsagen ${JSON.stringify(a.reason)}; skriv det i den første posts note` };
      }
      absent.add(key);
    }
    const speakers = new Set<string>();
    for (const [i, e] of (item.roundTable ?? []).entries()) {
      const path = `${at}.roundTable[${i}].personId`;
      if ((problem = person(e.personId, path))) return problem;
      if (speakers.has(e.personId)) return { path, message: `personen ${JSON.stringify(e.personId)} har allerede et indlæg i roundTable (ét indlæg pr. person)` };
      speakers.add(e.personId);
    }
    for (const [i, d] of (item.decision?.dissent ?? []).entries()) {
      const who = new Set<string>();
      for (const [j, pid] of d.personIds.entries()) {
        const path = `${at}.decision.dissent[${i}].personIds[${j}]`;
        if ((problem = person(pid, path))) return problem;
        if (who.has(pid)) return { path, message: `personen ${JSON.stringify(pid)} står to gange` };
        who.add(pid);
      }
    }
    for (const [i, a] of (item.actions ?? []).entries()) {
      if (a.ownerId !== null && a.ownerId !== undefined && (problem = person(a.ownerId, `${at}.actions[${i}].ownerId`))) return problem;
    }
    return null;
  };

  for (const [i, item] of (m.items ?? []).entries()) {
    const at = `items[${i}]`;
    const problem = checkItem(item, at);
    if (problem) return problem;
    for (const [j, sub] of ((item as Item).subItems ?? []).entries()) {
      const subProblem = checkItem(sub, `${at}.subItems[${j}]`);
      if (subProblem) return subProblem;
    }
  }
  return null;
}

/**
 * Gives a repeated action or attachment id (a tool that numbers each item's bilag "b1", "b2" …)
 * a new one, "b1-2", so the meeting can be stored; the first keeps its id. In place; the same
 * file always gets the same ids, so importing it again finds it unchanged.
 */
export function distinctPartIds(m: MeetingFile): void {
  const parts = (pick: (item: SubItem) => Array<{ id: string }> | null | undefined) => {
    const all: Array<{ id: string }> = [];
    for (const item of m.items ?? []) {
      all.push(...(pick(item) ?? []));
      for (const sub of (item as Item).subItems ?? []) all.push(...(pick(sub) ?? []));
    }
    const taken = new Set(all.map((p) => p.id));
    const seen = new Set<string>();
    for (const p of all) {
      if (!seen.has(p.id)) {
        seen.add(p.id);
        continue;
      }
      let n = 2;
      while (taken.has(`${p.id}-${n}`)) n++;
      p.id = `${p.id}-${n}`;
      taken.add(p.id);
      seen.add(p.id);
    }
  };
  parts((item) => item.actions);
  parts((item) => item.attachments);
}
