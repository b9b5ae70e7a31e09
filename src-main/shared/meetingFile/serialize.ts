/**
 * Writing a meeting file. Byte-stable: the same meeting gives the same bytes on every
 * installation, because sync and signing compare content hashes. So:
 * - keys in the order of the spec's tables, then keys this version does not know, sorted
 *   (recursively inside their values);
 * - 2-space indent, "\n" line ends, one trailing newline, no byte order mark;
 * - optional keys that are absent, null or "" are left out, and so are empty lists and an empty
 *   nextMeeting;
 * - keys with a spec default are always written, resolved (revision 1, documentKind "minutes",
 *   status "draft", role "member", attendance "unknown", isReferent false, signs by role, access
 *   "open", done false), so a reader needs no knowledge of defaults and a later change of a
 *   default cannot change what an old file means. `decidedBy` is not filled in: its default is a
 *   display rule (the forum's name), not a value;
 * - rich text in canonical ProseMirror form; a required one with no text (dissent and round-table
 *   `text`) as the empty document {"type":"doc","content":[]}.
 */
import { toRichDoc } from '../richText/normalize';
import type { RichDoc } from '../richText/proseMirror';
import { defaultSigns, FORMAT, FORMAT_VERSION, keyOrder, type Item, type MeetingFile, type SubItem } from './types';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Obj = Record<string, unknown>;

export interface BuildOptions {
  /** Leave out keys this version does not know (for comparisons that ignore them). */
  dropUnknownKeys?: boolean;
}

/** Sets a key even when it is "__proto__" (JSON.parse makes that an ordinary key; `=` would not). */
function setKey(out: { [key: string]: Json }, k: string, v: Json): void {
  Object.defineProperty(out, k, { value: v, enumerable: true, writable: true, configurable: true });
}

function sortedDeep(v: unknown): Json {
  if (Array.isArray(v)) return v.map(sortedDeep);
  if (typeof v === 'object' && v !== null) {
    const out: { [key: string]: Json } = {};
    for (const k of Object.keys(v).sort()) {
      const x = (v as Obj)[k];
      if (x !== undefined) setKey(out, k, sortedDeep(x));
    }
    return out;
  }
  return v as Json;
}

const isEmpty = (v: unknown) => v === undefined || v === null || v === '' || (Array.isArray(v) && v.length === 0);

/** Known keys in order (empty ones left out), then unknown keys sorted. */
function ordered(source: Obj, keys: readonly string[], values: Obj, options: BuildOptions): { [key: string]: Json } {
  const out: { [key: string]: Json } = {};
  for (const k of keys) {
    const v = k in values ? values[k] : source[k];
    if (!isEmpty(v)) out[k] = v as Json;
  }
  if (!options.dropUnknownKeys) {
    for (const k of Object.keys(source).sort()) {
      if (!keys.includes(k) && source[k] !== undefined) setKey(out, k, sortedDeep(source[k]));
    }
  }
  return out;
}

const rich = (v: RichDoc | null | undefined): RichDoc | null => toRichDoc(v ?? null);
const requiredRich = (v: RichDoc | null | undefined): RichDoc => rich(v) ?? { type: 'doc', content: [] };
const list = <T>(v: readonly T[] | null | undefined, f: (x: T) => Json): Json[] => (v ?? []).map(f);

function buildItem(item: SubItem | Item, o: BuildOptions): Json {
  const d = item.decision;
  const decision =
    d &&
    ordered(d as unknown as Obj, keyOrder.decision, {
      text: rich(d.text),
      votes: d.votes && ordered(d.votes as unknown as Obj, keyOrder.votes, {}, o),
      dissent: list(d.dissent, (x) => ordered(x as unknown as Obj, keyOrder.dissent, { text: requiredRich(x.text) }, o)),
    }, o);
  return ordered(item as unknown as Obj, keyOrder.item, {
    access: item.access ?? 'open',
    description: rich(item.description),
    recommendation: rich(item.recommendation),
    notes: rich(item.notes),
    absent: list(item.absent, (x) => ordered(x as unknown as Obj, keyOrder.absence, {}, o)),
    roundTable: list(item.roundTable, (x) => ordered(x as unknown as Obj, keyOrder.roundTable, { text: requiredRich(x.text) }, o)),
    decision,
    actions: list(item.actions, (x) => ordered(x as unknown as Obj, keyOrder.action, { done: x.done ?? false }, o)),
    attachments: list(item.attachments, (x) => ordered(x as unknown as Obj, keyOrder.attachment, { access: x.access ?? 'open' }, o)),
    subItems: list('subItems' in item ? item.subItems : null, (x) => buildItem(x, o)),
  }, o);
}

/** The meeting as the plain JSON object the file holds (see the rules above). */
export function buildMeetingJson(m: MeetingFile, o: BuildOptions = {}): { [key: string]: Json } {
  const next = m.nextMeeting ? ordered(m.nextMeeting as unknown as Obj, keyOrder.nextMeeting, {}, o) : null;
  return ordered(m as unknown as Obj, keyOrder.meeting, {
    format: FORMAT,
    formatVersion: FORMAT_VERSION,
    revision: m.revision ?? 1,
    forum: ordered(m.forum as unknown as Obj, keyOrder.forum, {}, o),
    documentKind: m.documentKind ?? 'minutes',
    people: list(m.people, (p) =>
      ordered(p as unknown as Obj, keyOrder.person, {
        role: p.role ?? 'member',
        attendance: p.attendance ?? 'unknown',
        isReferent: p.isReferent ?? false,
        signs: p.signs ?? defaultSigns(p.role),
      }, o),
    ),
    items: list(m.items, (item) => buildItem(item, o)),
    nextMeeting: next && Object.keys(next).length > 0 ? next : null,
    status: m.status ?? 'draft',
    preamble: rich(m.preamble),
  }, o);
}

export function serializeMeetingFile(m: MeetingFile): string {
  return `${JSON.stringify(buildMeetingJson(m), null, 2)}\n`;
}
