/**
 * Three-way merge of two versions of a meeting against their last common version (the base).
 *
 * Works on the file form (`buildMeetingJson`: defaults resolved, keys ordered), at the grain a
 * referent can choose at: each header field, each person, and each field of each item. A field
 * changed on one side only takes that side; a field changed on both sides to different values is
 * a conflict, resolved by `choices` (path → side) or else reported. Never a silent overwrite.
 */
import { buildMeetingJson } from '../../shared/meetingFile/serialize';
import type { MeetingFile } from '../../shared/meetingFile/types';
import type { SyncChoice } from '../../shared/sync/types';

type Obj = Record<string, unknown>;

export interface RawConflict {
  path: string;
  key: string;
  itemId: string | null;
  local: unknown;
  remote: unknown;
}

export interface MergeResult {
  merged: Obj;
  conflicts: RawConflict[];
}

/** Keys that are not content: identity and bookkeeping. */
const notMerged = new Set(['format', 'formatVersion', 'id', 'revision', 'updatedAt']);

/** JSON with sorted keys: equal values give equal strings whatever the key order. */
export function canonicalJson(v: unknown): string {
  if (v === undefined) return 'undefined';
  if (Array.isArray(v)) return `[${v.map(canonicalJson).join(',')}]`;
  if (typeof v === 'object' && v !== null) {
    const o = v as Obj;
    return `{${Object.keys(o).filter((k) => o[k] !== undefined).sort().map((k) => `${JSON.stringify(k)}:${canonicalJson(o[k])}`).join(',')}}`;
  }
  return JSON.stringify(v);
}

const same = (a: unknown, b: unknown) => canonicalJson(a) === canonicalJson(b);

class Merger {
  readonly conflicts: RawConflict[] = [];
  constructor(private readonly choices: Readonly<Record<string, SyncChoice>>) {}

  value(path: string, key: string, itemId: string | null, b: unknown, l: unknown, r: unknown): unknown {
    if (same(l, r)) return l;
    if (same(l, b)) return r;
    if (same(r, b)) return l;
    const choice = this.choices[path];
    if (choice) return choice === 'local' ? l : r;
    this.conflicts.push({ path, key, itemId, local: l, remote: r });
    return l;
  }

  /** Field by field over the union of keys (an object's keys in local order, then the others). */
  fields(prefix: string, itemId: string | null, b: Obj, l: Obj, r: Obj, skip: (k: string) => boolean): Obj {
    const out: Obj = {};
    const keys = [...new Set([...Object.keys(l), ...Object.keys(r), ...Object.keys(b)])];
    for (const k of keys) {
      if (skip(k)) continue;
      const v = this.value(prefix ? `${prefix}.${k}` : k, k, itemId, b[k], l[k], r[k]);
      if (v !== undefined && v !== null) out[k] = v;
    }
    return out;
  }

  /**
   * A list of entries with ids (people, items): added on one side stays, removed on one side
   * and untouched on the other goes, removed on one and changed on the other is a conflict.
   */
  keyed(path: string, b: Obj[], l: Obj[], r: Obj[], entry: (id: string, b: Obj | undefined, l: Obj, r: Obj) => Obj): Obj[] {
    const byId = (list: Obj[]) => new Map(list.map((x) => [String(x.id), x]));
    const [bm, lm, rm] = [byId(b), byId(l), byId(r)];
    const kept = new Map<string, Obj>();
    for (const id of new Set([...lm.keys(), ...rm.keys()])) {
      const [be, le, re] = [bm.get(id), lm.get(id), rm.get(id)];
      if (le && re) kept.set(id, entry(id, be, le, re));
      else {
        const present = (le ?? re)!;
        // Added on that side (no base), or the other side removed it while this side left it alone.
        if (!be) kept.set(id, present);
        else if (!same(present, be)) {
          const v = this.value(`${path}.${id}`, path, path === 'items' ? id : null, be, le ?? null, re ?? null);
          if (v) kept.set(id, v as Obj);
        }
      }
    }
    return this.order([...bm.keys()], [...lm.keys()], [...rm.keys()], kept);
  }

  /** Local order, unless only the other side reordered; entries new on the other side go after their predecessor there. */
  private order(b: string[], l: string[], r: string[], kept: Map<string, Obj>): Obj[] {
    const common = (xs: string[], ys: string[]) => xs.filter((x) => ys.includes(x));
    const localMoved = !same(common(l, b), common(b, l));
    const [first, second] = localMoved ? [l, r] : [r, l];
    const ids = first.filter((id) => kept.has(id));
    for (const [i, id] of second.entries()) {
      if (!kept.has(id) || ids.includes(id)) continue;
      const before = second.slice(0, i).reverse().find((x) => ids.includes(x));
      ids.splice(before ? ids.indexOf(before) + 1 : 0, 0, id);
    }
    return ids.map((id) => kept.get(id)!);
  }
}

const asObj = (v: unknown): Obj => (typeof v === 'object' && v !== null && !Array.isArray(v) ? (v as Obj) : {});
const asList = (v: unknown): Obj[] => (Array.isArray(v) ? (v as Obj[]) : []);

/**
 * `base` null: no common version is known (the same meeting arrived on both sides on its own);
 * then every field that differs is a conflict.
 */
export function mergeMeetings(base: MeetingFile | null, local: MeetingFile, remote: MeetingFile, choices: Readonly<Record<string, SyncChoice>> = {}): MergeResult {
  const m = new Merger(choices);
  const l = buildMeetingJson(local) as Obj;
  const r = buildMeetingJson(remote) as Obj;
  const b = base ? (buildMeetingJson(base) as Obj) : {};
  const merged: Obj = { format: l.format, formatVersion: l.formatVersion, id: l.id };
  Object.assign(merged, m.fields('', null, b, l, r, (k) => notMerged.has(k) || k === 'people' || k === 'items'));
  const people = m.keyed('people', asList(b.people), asList(l.people), asList(r.people), (id, be, le, re) => m.value(`people.${id}`, 'people', null, be, le, re) as Obj);
  const items = m.keyed('items', asList(b.items), asList(l.items), asList(r.items), (id, be, le, re) => ({
    id,
    ...m.fields(`items.${id}`, id, asObj(be), le, re, (k) => k === 'id'),
  }));
  if (people.length) merged.people = people;
  if (items.length) merged.items = items;
  return { merged, conflicts: m.conflicts };
}
