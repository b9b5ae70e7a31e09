import type { Database } from 'better-sqlite3';
import type { EventBus } from '../eventBus';
import { createAppService } from './app';
import { createAttachmentsService } from './attachments';
import { createForumsService } from './forums';
import { createForumLogosService } from './forumLogos';
import { createForumWordsService } from './forumWords';
import { createItemsService } from './items';
import { createMeetingsService } from './meetings';
import { createMembersService } from './members';
import { createMinutesService } from './minutes';
import { createMutator } from './mutation';
import { createPeopleService } from './people';
import { createTemplatesService } from './templates';
import { createCycleService } from './cycle';
import { createSearchService } from './search';
import { createExportService, type ExportDeps } from '../export/exportService';
import { createCertificates } from '../signing/certificates';
import { createSigningService } from '../signing/signingService';
import type { PassphraseStore } from '../signing/passphraseStore';
import { createSyncService } from '../sync/syncService';
import type { SyncTarget } from '../sync/syncTarget';

/** What the export service needs beyond the store: where the fonts are and how to print a PDF. */
export type ExportSetup = Pick<ExportDeps, 'resourcesDir' | 'createPdfRenderer' | 'producer'>;

export function createServices(
  db: Database,
  bus: EventBus,
  now: () => Date,
  dataDir: string,
  exportSetup: ExportSetup,
  passphrases: PassphraseStore | null = null,
  sync: { targetFor?: (folder: string) => SyncTarget; slowAfterMs?: number } = {},
) {
  const mutator = createMutator(db, bus, now);
  const members = createMembersService(db, now);
  const templates = createTemplatesService(db, now);
  const meetings = createMeetingsService(db, bus, now, mutator, members, templates, dataDir);
  const items = createItemsService(db, mutator);
  const forumLogos = createForumLogosService(db, now);
  const exporter = createExportService({ ...exportSetup, getMeeting: meetings.get, getLogo: forumLogos.forExport, bus, now, dataDir });
  const certificates = createCertificates(db, dataDir, now, passphrases);
  const signing = createSigningService({ db, dataDir, resourcesDir: exportSetup.resourcesDir, now, mutator, getMeeting: meetings.get, addItem: items.add, exporter, certificates });
  return {
    app: createAppService(),
    forums: createForumsService(db, bus, now),
    forumLogos,
    forumWords: createForumWordsService(db, now),
    members,
    meetings,
    templates,
    cycle: createCycleService(db, mutator, meetings),
    search: createSearchService(db, meetings.get),
    items,
    minutes: createMinutesService(db, mutator),
    people: createPeopleService(db, mutator),
    attachments: createAttachmentsService(db, dataDir, now, mutator),
    export: exporter,
    certificates,
    signing,
    sync: createSyncService({ db, bus, now, dataDir, meetings, exporter, ...sync }),
  };
}

export type Services = ReturnType<typeof createServices>;
