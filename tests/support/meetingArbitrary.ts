/**
 * fast-check arbitrary of valid meeting-file INPUT objects (what a file may hold, before
 * parseMeetingFile): every key of the spec, optional ones absent, null or set; sub-items one level
 * deep; rich text as Markdown, as canonical ProseMirror and as tiptap's untidy ProseMirror; ids
 * unique and every person reference pointing into `people`; now and then keys this version does
 * not know, so their survival can be tested. JSON-safe (no undefined values, no -0).
 *
 *   fc.assert(fc.property(meetingFileInputArbitrary(), (input) => { … }))
 */
import fc from 'fast-check';
import { docToMarkdown } from '../../src-main/shared/richText/docToMarkdown';
import { toRichDoc } from '../../src-main/shared/richText/normalize';
import type { MeetingFileInput } from '../../src-main/shared/meetingFile/schema';
import { absenceReasons, accessValues, attendanceValues, documentKinds, itemKinds, outcomes, roles, statuses } from '../../src-main/shared/meetingFile/types';
import { richDocArbitrary, wordArbitrary } from './richDocArbitrary';

type Obj = Record<string, unknown>;

/** A value, or null, or the key left out (`undefined`, stripped before returning). */
const opt = <T>(arb: fc.Arbitrary<T>): fc.Arbitrary<T | null | undefined> =>
  fc.oneof({ weight: 2, arbitrary: arb }, { weight: 1, arbitrary: fc.constant(null) }, { weight: 1, arbitrary: fc.constant(undefined) });

const text = (maxWords: number): fc.Arbitrary<string> =>
  fc.array(wordArbitrary, { minLength: 1, maxLength: maxWords }).map((w) => w.join(' '));

const name = fc.oneof(
  fc.constantFrom('Merete Holck', 'Karoline Bergkvist Søgaard (A)', 'Nadia', 'Reinhold Schäfer', 'Kia Brisson Andersen', 'Peter B. Lyng'),
  text(3),
);

const date = fc
  .date({ min: new Date('1990-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
const time = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 })).map(([h, m]) => `${String(h).padStart(2, '0')}:${String(m).padStart(2, '0')}`);
const instant = fc.oneof(
  fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString()),
  fc.tuple(date, time, fc.constantFrom('+01:00', '+02:00', '-05:30', 'Z')).map(([d, t, z]) => `${d}T${t}:00${z}`),
);
const sha256 = fc.stringMatching(/^[0-9a-f]{64}$/);
const file = fc.tuple(fc.constantFrom('bilag', 'bilag/2021', '.'), fc.stringMatching(/^[a-zæøå0-9_-]{1,12}$/), fc.constantFrom('.pdf', '.docx', '')).map(([dir, base, ext]) => `${dir}/${base}${ext}`);

/** Rich text in every accepted form, including empty. */
export const richInputArbitrary: fc.Arbitrary<unknown> = fc.oneof(
  { weight: 3, arbitrary: richDocArbitrary().map((d) => docToMarkdown(toRichDoc(d))) },
  { weight: 2, arbitrary: richDocArbitrary({ underline: true, headingBreaks: true }).map((d) => toRichDoc(d) ?? { type: 'doc', content: [] }) },
  { weight: 2, arbitrary: richDocArbitrary({ messy: true, underline: true }) },
  { weight: 1, arbitrary: fc.array(fc.constantFrom('a', ' ', '*', '**', '\n', '\n\n', '- ', '1. ', '### ', '[x](https://x.dk)', '<b>', 'æ'), { maxLength: 12 }).map((p) => p.join('')) },
  { weight: 1, arbitrary: fc.constantFrom('', '   ', { type: 'doc', content: [] }, { type: 'doc', content: [{ type: 'paragraph' }] }) },
);

const unknownKeys: fc.Arbitrary<Obj> = fc.oneof(
  { weight: 6, arbitrary: fc.constant({}) },
  { weight: 1, arbitrary: fc.record({ 'x-kommune': fc.record({ zeta: fc.integer(), alpha: fc.array(fc.string(), { maxLength: 2 }) }) }) },
  { weight: 1, arbitrary: fc.record({ futureFlag: fc.boolean(), aNote: fc.option(fc.string(), { nil: null }) }) },
);

function strip(v: unknown): unknown {
  if (Array.isArray(v)) return v.map(strip);
  if (typeof v === 'object' && v !== null) {
    return Object.fromEntries(Object.entries(v).filter(([, x]) => x !== undefined).map(([k, x]) => [k, strip(x)]));
  }
  return v;
}

/** Picks distinct elements of `ids` (possibly none). */
const someOf = (ids: readonly string[], max: number) => (ids.length === 0 ? fc.constant<string[]>([]) : fc.uniqueArray(fc.constantFrom(...ids), { maxLength: Math.min(max, ids.length) }));

/** An object of the spec with some keys it does not know (kept on round trip, in every part). */
const withUnknown = (known: fc.Arbitrary<Obj>) => fc.tuple(known, unknownKeys).map(([k, extra]) => ({ ...extra, ...k }));

function itemArbitrary(personIds: readonly string[]) {
  const person = personIds.length > 0 ? fc.constantFrom(...personIds) : null;
  const decision = fc.record({
    outcome: fc.constantFrom(...outcomes),
    text: opt(richInputArbitrary),
    decidedBy: opt(text(4)),
    postponedTo: opt(date),
    votes: opt(withUnknown(fc.record({ for: fc.nat(30), against: fc.nat(30), abstain: fc.nat(30) }))),
    dissent: opt(fc.array(withUnknown(fc.record({ personIds: someOf(personIds, 3).filter((a) => a.length > 0), text: richInputArbitrary })), { maxLength: personIds.length > 0 ? 2 : 0 })),
  });
  const fields = {
    number: opt(fc.constantFrom('1', '2.a', 'B')),
    title: text(6),
    subtitle: opt(text(5)),
    kind: opt(fc.constantFrom(...itemKinds)),
    presenter: opt(name),
    plannedMinutes: opt(fc.integer({ min: 0, max: 240 })),
    caseNumber: opt(fc.constant('20/968')),
    kleNumber: opt(fc.constant('00.15.00.A00')),
    access: opt(fc.constantFrom(...accessValues)),
    routing: opt(fc.constant('DFSU')),
    description: opt(richInputArbitrary),
    recommendation: opt(richInputArbitrary),
    notes: opt(richInputArbitrary),
    absent: opt(someOf(personIds, 3).chain((ids) => fc.tuple(...ids.map((personId) => withUnknown(fc.record({ personId: fc.constant(personId), reason: fc.constantFrom(...absenceReasons), note: opt(text(4)) })))))),
    roundTable: opt(someOf(personIds, 4).chain((ids) => fc.tuple(...ids.map((personId) => withUnknown(fc.record({ personId: fc.constant(personId), text: richInputArbitrary })))))),
    decision: opt(decision),
    actions: opt(fc.array(fc.record({ text: text(6), ownerId: person ? opt(person) : fc.constant(undefined), ownerName: opt(name), due: opt(date), done: opt(fc.boolean()) }), { maxLength: 2 })),
    attachments: opt(fc.array(fc.record({ number: opt(fc.constantFrom('1', '2')), title: text(5), reference: opt(fc.constant('55219/21')), access: opt(fc.constantFrom(...accessValues)), file: opt(file), sha256: opt(sha256) }), { maxLength: 2 })),
  };
  const sub = fc.tuple(fc.record(fields), unknownKeys).map(([f, extra]) => ({ ...extra, ...f }));
  return fc.tuple(fc.record(fields), opt(fc.array(sub, { maxLength: 3 })), unknownKeys).map(([f, subItems, extra]) => ({ ...extra, ...f, subItems }));
}

/** Gives items, sub-items, actions and attachments their ids, unique in their kind. */
function assignIds(items: Obj[], style: string): Obj[] {
  let i = 0;
  let a = 0;
  let b = 0;
  const one = (item: Obj): Obj => ({
    id: `${style}i${++i}`,
    ...item,
    actions: Array.isArray(item.actions) ? item.actions.map((x: Obj) => ({ id: `${style}a${++a}`, ...x })) : item.actions,
    attachments: Array.isArray(item.attachments) ? item.attachments.map((x: Obj) => ({ id: `${style}b${++b}`, ...x })) : item.attachments,
  });
  return items.map((item) => {
    const top = one(item);
    return { ...top, subItems: Array.isArray(item.subItems) ? item.subItems.map((s: Obj) => one(s)) : item.subItems };
  });
}

const personArbitrary = fc.record({
  name,
  organisation: opt(fc.constantFrom('Røde Kors Grenaa', 'De almene boligforeninger; B45', 'Kommunalbestyrelsen')),
  title: opt(fc.constantFrom('Social- og Sundhedschef', 'Frivillighedskonsulent')),
  role: opt(fc.constantFrom(...roles)),
  attendance: opt(fc.constantFrom(...attendanceValues)),
  attendanceNote: opt(fc.constant('deltog fra pkt. 3')),
  remark: opt(text(5)),
  isReferent: opt(fc.boolean()),
  signs: opt(fc.boolean()),
});

export function meetingFileInputArbitrary(): fc.Arbitrary<MeetingFileInput> {
  return fc
    .tuple(fc.array(fc.tuple(personArbitrary, unknownKeys), { maxLength: 6 }), fc.constantFrom('', 'p-', 'x'))
    .chain(([rawPeople, style]) => {
      const personIds = rawPeople.map((_, i) => `${style}${i + 1}`);
      const people = fc
        .tuple(...rawPeople.map(([, extra], i) => (i > 0 ? opt(fc.constantFrom(...personIds.slice(0, i))) : fc.constant(undefined)).map((substituteFor) => ({ ...extra, id: personIds[i], ...rawPeople[i]?.[0], substituteFor }))))
        .map((p) => p as Obj[]);
      return fc.record({
        format: fc.constant('referent.meeting'),
        formatVersion: fc.constant(1),
        id: fc.uuid(),
        revision: opt(fc.integer({ min: 1, max: 10_000 })),
        updatedAt: opt(instant),
        forum: fc.record({ name: text(4), organisation: opt(fc.constant('Norddjurs Kommune')), shortName: opt(fc.constant('DFSU')) }),
        title: text(8),
        documentKind: opt(fc.constantFrom(...documentKinds)),
        date,
        startTime: opt(time),
        endTime: opt(time),
        location: opt(fc.constantFrom('Teams', 'Ringsted Krisecenter, Sorøvej 22')),
        people: rawPeople.length === 0 ? opt(fc.constant([])) : people,
        items: opt(fc.array(itemArbitrary(personIds), { maxLength: 4 }).map((items) => assignIds(items, style))),
        nextMeeting: opt(fc.record({ date: opt(date), startTime: opt(time), endTime: opt(time), location: opt(fc.constant('Teams')), host: opt(fc.constant('Socialpsykiatrien')), note: opt(text(6)) })),
        status: opt(fc.constantFrom(...statuses)),
        jointBodies: opt(fc.array(fc.constantFrom('Kommunalbestyrelsen', 'Ældrerådet'), { maxLength: 2 })),
        preamble: opt(richInputArbitrary),
        extra: unknownKeys,
      });
    })
    .map(({ extra, ...m }) => strip({ ...extra, ...m }) as MeetingFileInput);
}
