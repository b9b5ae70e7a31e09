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

/** The keys this version knows, per object: the spec's tables. */
export { keyOrder as knownKeys } from '../../shared/meetingFile/types';
