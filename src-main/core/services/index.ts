import type { Database } from 'better-sqlite3';
import type { EventBus } from '../eventBus';
import { createAppService } from './app';
import { createAttachmentsService } from './attachments';
import { createForumsService } from './forums';
import { createItemsService } from './items';
import { createMeetingsService } from './meetings';
import { createMembersService } from './members';
import { createMinutesService } from './minutes';
import { createMutator } from './mutation';
import { createPeopleService } from './people';
import { createTemplatesService } from './templates';
import { createCycleService } from './cycle';
import { createExportService, type ExportDeps } from '../export/exportService';

/** What the export service needs beyond the store: where the fonts are and how to print a PDF. */
export type ExportSetup = Pick<ExportDeps, 'resourcesDir' | 'createPdfRenderer' | 'producer'>;

export function createServices(db: Database, bus: EventBus, now: () => Date, dataDir: string, exportSetup: ExportSetup) {
  const mutator = createMutator(db, bus, now);
  const members = createMembersService(db, now);
  const templates = createTemplatesService(db, now);
  const meetings = createMeetingsService(db, bus, now, mutator, members, templates);
  return {
    app: createAppService(),
    forums: createForumsService(db, bus, now),
    members,
    meetings,
    templates,
    cycle: createCycleService(db, mutator, meetings),
    items: createItemsService(db, mutator),
    minutes: createMinutesService(db, mutator),
    people: createPeopleService(db, mutator),
    attachments: createAttachmentsService(db, dataDir, now, mutator),
    export: createExportService({ ...exportSetup, getMeeting: meetings.get, bus, now, dataDir }),
  };
}

export type Services = ReturnType<typeof createServices>;
