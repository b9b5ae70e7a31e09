import type { Database } from 'better-sqlite3';
import type { EventBus } from '../eventBus';
import { createAppService } from './app';
import { createForumsService } from './forums';

export function createServices(db: Database, bus: EventBus, now: () => Date) {
  return {
    app: createAppService(),
    forums: createForumsService(db, bus, now),
  };
}

export type Services = ReturnType<typeof createServices>;
