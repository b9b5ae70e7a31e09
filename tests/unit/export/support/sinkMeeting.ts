/**
 * A meeting file that uses every field an export shows: stand-ins, every attendance, sub-items,
 * a break, absences, votes and dissent, follow-ups, open and closed attachments, a closed item
 * with words found nowhere else, markup that must stay text, and a CPR number in an open item.
 */
export const sinkWords = {
  /** Only in the closed item's texts and its closed attachment. */
  closed: ['Fortrolighedsvurdering', 'Lukkedørsbeslutning', 'Hemmeligholdtbilag'],
  /** Only in notes (Referat) and the round table: never in an agenda, nor in a decision minutes drawn from full minutes. */
  notes: ['Referatnoteord', 'Bordrundeord'],
  /** Only in decision texts and dissent: never in an agenda. */
  decision: ['Beslutningsordet', 'Dissensordet'],
};

export const sinkCpr = '150421-1234';

export function sinkMeetingFile(): Record<string, unknown> {
  return {
    format: 'referent.meeting',
    formatVersion: 1,
    id: '7a1c0e55-0000-4000-8000-000000000001',
    forum: { name: 'Handicaprådet', organisation: 'Syddjurs Kommune', shortName: 'HR' },
    title: 'Ordinært møde i Handicaprådet',
    documentKind: 'minutes',
    date: '2026-03-03',
    startTime: '09:30',
    endTime: '12:00',
    location: 'Rådhuset, mødelokale 2',
    jointBodies: ['Ældrerådet'],
    preamble: 'Kære rådsmedlemmer\n\n### Praktisk\n\nDer serveres kaffe.',
    people: [
      { id: 'anna', name: 'Anna Ager', organisation: 'DH Syddjurs', role: 'chair', attendance: 'present' },
      { id: 'bo', name: 'Bo Bech', organisation: 'Byrådet', role: 'member', attendance: 'absent' },
      { id: 'carl', name: 'Carl Carlsen', organisation: 'Byrådet', role: 'member', attendance: 'present', substituteFor: 'bo', attendanceNote: 'deltog fra pkt. 2' },
      { id: 'dorte', name: 'Dorte Dam', organisation: 'Ældresagen', role: 'vice-chair', attendance: 'notified-absence', remark: 'også medlem af Ældrerådet' },
      { id: 'erik', name: 'Erik <b>Eg</b>', organisation: 'Gigtforeningen', role: 'member', attendance: 'present' },
      { id: 'fie', name: 'Fie Fisker', title: 'Sekretariatschef', role: 'administration', attendance: 'present', isReferent: true },
      { id: 'gert', name: 'Gert Gæst', organisation: 'Sundhedsstyrelsen', role: 'guest', attendance: 'present' },
      { id: 'hans', name: 'Hans Hald', organisation: 'Scleroseforeningen', role: 'member', attendance: 'unknown' },
    ],
    items: [
      { id: 'i1', title: 'Godkendelse af dagsorden', kind: 'standing', notes: 'Dagsordenen blev godkendt.' },
      {
        id: 'i2',
        title: 'Tilgængelighed på rådhuset',
        subtitle: 'Opfølgning på besigtigelsen',
        kind: 'decision',
        presenter: 'Fie Fisker',
        plannedMinutes: 20,
        caseNumber: '26/1234',
        kleNumber: '00.01.00.G01',
        routing: 'HR',
        description:
          'Besigtigelsen viste **tre** problemer, se [rapporten](https://example.dk/rapport) og *bilaget*.\n\n### Problemerne\n\n1. Rampen\n2. Døren\n   - tung\n   - smal\n\n#### Detaljer\n\nRampen er for stejl.',
        recommendation: 'Forvaltningen indstiller, at planen godkendes.',
        notes: 'Referatnoteord: rådet drøftede rampen grundigt.',
        absent: [{ personId: 'erik', reason: 'inhabil', note: 'ansat i entreprenørfirmaet' }],
        decision: {
          outcome: 'approved-with-changes',
          text: 'Beslutningsordet: planen godkendes med en ny dør.',
          votes: { for: 4, against: 1, abstain: 0 },
          dissent: [{ personIds: ['carl'], text: 'Dissensordet: rampen bør komme først.' }],
        },
        actions: [{ id: 'a1', text: 'Bestil ny dør', ownerId: 'fie', due: '2026-04-01' }, { id: 'a2', text: 'Orientér byrådet', ownerName: 'Borgmesteren', done: true }],
        attachments: [
          { id: 'b1', title: 'Besigtigelsesrapport', reference: '12345/26', access: 'open' },
          { id: 'b2', title: 'Tilbud fra entreprenør', reference: '12346/26', access: 'closed' },
        ],
      },
      { id: 'i3', title: 'Pause', kind: 'break', plannedMinutes: 10 },
      {
        id: 'i4',
        title: 'Budget 2027',
        kind: 'discussion',
        subItems: [
          { id: 'i4a', title: 'Puljen til tilgængelighed', description: 'Puljen er på 2 mio. kr.', decision: { outcome: 'noted', text: 'Taget til efterretning.' } },
          { id: 'i4b', title: 'Kørselsordningen', description: 'Kørselsordningen udvides.', decision: { outcome: 'postponed', postponedTo: '2026-05-05' } },
        ],
      },
      {
        id: 'i5',
        title: 'Personsag om hjælpemidler',
        kind: 'decision',
        access: 'closed',
        description: 'Fortrolighedsvurdering af en borgers ansøgning.',
        decision: { outcome: 'rejected', text: 'Lukkedørsbeslutning: ansøgningen afvises.' },
        attachments: [{ id: 'b3', title: 'Hemmeligholdtbilag', access: 'closed' }],
      },
      {
        id: 'i6',
        title: 'Bordet rundt',
        kind: 'standing',
        roundTable: [
          { personId: 'anna', text: 'Bordrundeord: DH holder årsmøde.' },
          { personId: 'gert', text: `Ny vejledning er på vej. Borgeren med CPR ${sinkCpr} er anonymiseret.` },
        ],
      },
      { id: 'i7', title: 'Eventuelt <script>alert(1)</script>', kind: 'standing', notes: 'Se <img src=x onerror=alert(1)> og [klik](javascript:alert(1)).' },
    ],
    nextMeeting: { date: '2026-05-05', startTime: '09:30', endTime: '12:00', location: 'Rådhuset', host: 'DH Syddjurs', note: 'Husk regnskabet' },
  };
}
