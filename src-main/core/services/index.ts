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

export function createServices(db: Database, bus: EventBus, now: () => Date, dataDir: string) {
  const mutator = createMutator(db, bus, now);
  const members = createMembersService(db, now);
  return {
    app: createAppService(),
    forums: createForumsService(db, bus, now),
    members,
    meetings: createMeetingsService(db, bus, now, mutator, members),
    items: createItemsService(db, mutator),
    minutes: createMinutesService(db, mutator),
    people: createPeopleService(db, mutator),
    attachments: createAttachmentsService(db, dataDir, now, mutator),
  };
}

export type Services = ReturnType<typeof createServices>;
