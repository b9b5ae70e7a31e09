/**
 * The folder tree on the shared drive is for people: `<Forum>/<YYYY>/<YYYY-MM-DD> <title>/` with
 * `møde.json`, the PDFs and `bilag/`. Every name is one Windows and OneDrive accept: none of
 * `<>:"/\|?*` or control characters, no trailing dot or space, no `~$` start (Office's lock
 * files, which OneDrive will not sync), no reserved device name, and bounded in length (a deep
 * SMB path must stay under Windows' 260 characters).
 */
import { randomBytes } from 'node:crypto';

/** Names of the files Referent writes in a meeting's folder. */
export const MEETING_FILE = 'møde.json';
/** Referent's own bookkeeping at the root: the marker, conflict copies. */
export const META_DIR = '.referent';
export const MARKER_FILE = `${META_DIR}/drev.json`;
export const CONFLICTS_DIR = `${META_DIR}/konflikter`;

const MAX_NAME = 80;
const reserved = /^(con|prn|aux|nul|com[1-9]|lpt[1-9])(\..*)?$/i;

/** One path segment, safe on Windows, SMB and OneDrive. Never empty. */
export function safeName(raw: string, fallback = 'Uden navn'): string {
  let s = raw
    .normalize('NFC')
    // eslint-disable-next-line no-control-regex -- control characters never belong in a file name
    .replace(/[<>:"/\\|?*\u0000-\u001f\u007f]/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
  while (s.startsWith('~$')) s = s.slice(2).trim();
  if (s.length > MAX_NAME) s = s.slice(0, MAX_NAME);
  s = s.replace(/[. ]+$/, '');
  if (s === '' || /^\.+$/.test(s)) s = fallback;
  if (reserved.test(s)) s = `${s}_`;
  return s;
}

export interface MeetingPlace {
  forum: string;
  date: string;
  title: string;
}

/** The meeting's folder, relative to the root, with '/' between segments. */
export function meetingDir(m: MeetingPlace, disambiguator?: string): string {
  const year = /^\d{4}/.exec(m.date)?.[0] ?? 'Uden dato';
  const leaf = safeName(`${m.date} ${m.title}`);
  return [safeName(m.forum), year, disambiguator ? safeName(`${leaf.slice(0, MAX_NAME - 11)} (${disambiguator})`) : leaf].join('/');
}

export const documentNames = {
  agenda: (date: string) => `Dagsorden ${date}.pdf`,
  minutes: (date: string) => `Referat ${date}.pdf`,
  signed: (date: string) => `Referat ${date} (underskrevet).pdf`,
};

/** `.referent/konflikter/<meetingId>--<installationId>.json`: one conflict copy per installation and meeting. */
export function conflictEntryPath(meetingId: string, installationId: string): string {
  return `${CONFLICTS_DIR}/${safeName(meetingId)}--${safeName(installationId)}.json`;
}

export function parseConflictEntryName(name: string): { meetingId: string; installationId: string } | null {
  const m = /^(.+)--([^-][^/]*)\.json$/.exec(name);
  return m ? { meetingId: m[1]!, installationId: m[2]! } : null;
}

/** Temp files are named so nobody mistakes them for minutes, and so a sweep can find ours. */
export const TEMP_PREFIX = '.referent-skriver-';

/**
 * Random per process, counted per file: unique without asking for randomness 3,000 times a round
 * (another process or installation has another prefix; and a temp file is created with 'wx', so
 * a clash fails that write instead of taking over a file).
 */
const tempPrefix = `${TEMP_PREFIX}${randomBytes(6).toString('hex')}-`;
let temps = 0;

/** A temp file beside `path` (the same folder, so the rename is atomic). */
export function tempPathFor(path: string): string {
  const dir = path.split('/').slice(0, -1).join('/');
  return `${dir ? `${dir}/` : ''}${tempPrefix}${(++temps).toString(36)}.tmp`;
}
