import type { Migration } from '../migration';
import { m0001Forums } from './0001-forums';
import { m0002Meetings } from './0002-meetings';
import { m0003Cycle } from './0003-cycle';
import { m0004Signing } from './0004-signing';
import { m0005Sync } from './0005-sync';
import { m0006ForumLogos } from './0006-forum-logos';
import { m0007ForumWords } from './0007-forum-words';
import { m0008PartExtras } from './0008-part-extras';
import { m0009Search } from './0009-search';
import { m0010AbsencePerReason } from './0010-absence-per-reason';

/** The explicit, ordered list. Versions are 1, 2, 3 … with no gaps. */
export const migrations: readonly Migration[] = [m0001Forums, m0002Meetings, m0003Cycle, m0004Signing, m0005Sync, m0006ForumLogos, m0007ForumWords, m0008PartExtras, m0009Search, m0010AbsencePerReason];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;
