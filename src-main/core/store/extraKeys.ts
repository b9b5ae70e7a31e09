/**
 * Keys of a meeting file this version does not know are kept (the spec: "unknown keys are kept on
 * round trip where practical"): split off on import into an `extra` JSON column, merged back on
 * export underneath the known keys.
 */
export function splitExtra(obj: Record<string, unknown>, known: readonly string[]): string | null {
  const extra: Record<string, unknown> = {};
  let any = false;
  for (const [k, v] of Object.entries(obj)) {
    if (!known.includes(k) && v !== undefined) {
      extra[k] = v;
      any = true;
    }
  }
  return any ? JSON.stringify(extra) : null;
}

export function readExtra(column: string | null): Record<string, unknown> {
  return column ? (JSON.parse(column) as Record<string, unknown>) : {};
}

export const knownKeys = {
  meeting: ['format', 'formatVersion', 'id', 'revision', 'updatedAt', 'forum', 'title', 'documentKind', 'date', 'startTime', 'endTime', 'location', 'people', 'items', 'nextMeeting', 'status', 'jointBodies', 'preamble'],
  forum: ['name', 'organisation', 'shortName'],
  person: ['id', 'name', 'organisation', 'title', 'role', 'attendance', 'attendanceNote', 'remark', 'isReferent', 'signs', 'substituteFor'],
  item: ['id', 'number', 'title', 'subtitle', 'kind', 'presenter', 'plannedMinutes', 'caseNumber', 'kleNumber', 'access', 'routing', 'description', 'recommendation', 'notes', 'absent', 'roundTable', 'decision', 'actions', 'attachments', 'subItems'],
  decision: ['outcome', 'text', 'decidedBy', 'postponedTo', 'votes', 'dissent'],
  action: ['id', 'text', 'ownerId', 'ownerName', 'due', 'done'],
  attachment: ['id', 'number', 'title', 'reference', 'access', 'file', 'sha256'],
} as const;
