/**
 * A deterministic, realistic meeting file (Danish text, every kind of field) of any size, for
 * benchmarks and load tests. ~100 pages of text at 60 items with the default paragraph count.
 */
const words = (
  'dialogforum socialt udsatte borgere kommunen forvaltningen indsats samarbejde frivillige foreninger ' +
  'orientering drøftelse beslutning handleplan økonomi boliger hjemløse sundhed tilbud relationer ' +
  'workshop arbejdsgruppe kommunalbestyrelsen medlemmerne formanden indstiller godkendt udsat ' +
  'opfølgning bordet rundt krisecenter socialpsykiatrien rusmiddelcentret sundhedsplejen'
).split(' ');

function rng(seed: number) {
  let s = seed >>> 0;
  return () => {
    s = (s * 1664525 + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

function sentence(r: () => number): string {
  const n = 8 + Math.floor(r() * 14);
  const w = Array.from({ length: n }, () => words[Math.floor(r() * words.length)]!);
  const s = w.join(' ');
  return s.charAt(0).toUpperCase() + s.slice(1) + '.';
}

function paragraphs(r: () => number, count: number): string {
  return Array.from({ length: count }, () => Array.from({ length: 3 + Math.floor(r() * 4) }, () => sentence(r)).join(' ')).join('\n\n');
}

export interface GenerateOptions {
  items: number;
  /** Paragraphs per rich field (description, notes, decision). */
  paragraphsPerField?: number;
  seed?: number;
  id?: string;
  revision?: number;
}

export function generateMeeting(o: GenerateOptions): Record<string, unknown> {
  const r = rng(o.seed ?? 1);
  const per = o.paragraphsPerField ?? 3;
  const people = Array.from({ length: 12 }, (_, i) => ({
    id: `p${i + 1}`,
    name: `Medlem ${i + 1} ${words[i % words.length]}`,
    organisation: `Organisation ${i + 1}`,
    role: i === 0 ? 'chair' : i > 9 ? 'administration' : 'member',
    attendance: i === 3 ? 'notified-absence' : 'present',
    isReferent: i === 11,
  }));
  const items = Array.from({ length: o.items }, (_, i) => ({
    id: `i${i + 1}`,
    title: `Punkt ${i + 1}: ${sentence(r).slice(0, 60)}`,
    kind: i % 5 === 0 ? 'information' : 'decision',
    caseNumber: `20/${900 + i}`,
    kleNumber: '00.15.00.A00',
    access: i % 17 === 16 ? 'closed' : 'open',
    routing: 'DFSU',
    plannedMinutes: 10 + (i % 4) * 5,
    description: paragraphs(r, per),
    recommendation: `Formanden indstiller, at:\n\n1. ${sentence(r)}\n2. ${sentence(r)}`,
    notes: paragraphs(r, per),
    decision: { outcome: i % 7 === 3 ? 'postponed' : 'approved', text: paragraphs(r, 1) },
    actions: i % 4 === 0 ? [{ id: `a${i}`, text: sentence(r), ownerId: 'p2', due: '2027-01-15' }] : [],
  }));
  return {
    format: 'referent.meeting',
    formatVersion: 1,
    id: o.id ?? `00000000-0000-4000-8000-${String(o.seed ?? 1).padStart(12, '0')}`,
    revision: o.revision ?? 1,
    forum: { name: 'Dialogforum for socialt udsatte', organisation: 'Norddjurs Kommune', shortName: 'DFSU' },
    title: 'Møde i Dialogforum for socialt udsatte',
    documentKind: 'minutes',
    date: '2026-04-15',
    startTime: '15:00',
    endTime: '17:00',
    location: 'Teams',
    people,
    items,
    nextMeeting: { date: '2026-10-04', startTime: '15:30', endTime: '17:30' },
  };
}
