import type { Database } from 'better-sqlite3';
import type { MethodArgs, MethodName, MethodOutput } from '../shared/api/contract';
import type { Envelope } from '../shared/api/envelope';
import type { EventName, EventPayloads } from '../shared/api/events';
import { createHandlers } from './api/handlers';
import { dispatch } from './api/dispatch';
import { EventBus } from './eventBus';
import { createServices, type Services } from './services';
import { openDatabase } from './store/openDatabase';
import { scheduleBackups } from './store/backupSchedule';
import { useDanishValidationMessages } from '../shared/api/danishValidation';
import type { PdfRenderer } from './export/pdfRenderer';
import { createChromiumPdfRenderer } from './export/chromiumPdfRenderer';
import { defaultResourcesDir } from './export/resourcesDir';
import { appVersion } from './version';
import type { PassphraseStore } from './signing/passphraseStore';
import type { SyncTarget } from './sync/syncTarget';

export interface CoreOptions {
  /** The installation's data folder: the SQLite file, backups, attachments. */
  dataDir: string;
  /** A better-sqlite3 addon built for Electron (see openDatabase). */
  nativeBinding?: string;
  /** The clock, injectable for tests. */
  now?: () => Date;
  /** Open the database read-only: the way out for a damaged file. Every edit is refused. */
  readonly?: boolean;
  /** Take the start-up and daily backups (default true; off for short-lived CLI runs and tests that count files). */
  backups?: boolean;
  /**
   * Prints HTML to PDF. The app passes Electron's printToPDF; the default is a headless Chromium
   * over its DevTools pipe, started on the first PDF export, kept warm, and ended by close().
   */
  pdfRenderer?: PdfRenderer;
  /** The folder with fonts/ (default: found beside the bundle or in the working folder). */
  resourcesDir?: string;
  /** Keeps certificate passphrases encrypted when the user asks (the app: safeStorage); absent: never kept. */
  passphraseStore?: PassphraseStore;
  /** Poll the shared-drive folder in the background (the app and the host; off for the CLI and tests). */
  syncWorker?: boolean | { pollMs?: number; afterChangeMs?: number };
  /** The folder layer for sync (tests: faults, or an in-memory drive). Default: the real folder. */
  syncTargetFor?: (folder: string) => SyncTarget;
  /** How long a round may stand still before the status calls the drive slow (default 30 s). */
  syncSlowAfterMs?: number;
}

export interface Core {
  /** The boundary every transport uses: validates, runs, wraps in the envelope. */
  invoke(method: unknown, input: unknown): Promise<Envelope<unknown>>;
  /** Typed convenience for the CLI and tests: throws on `{ ok: false }`. */
  call<M extends MethodName>(method: M, input: MethodArgs<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void): () => void;
  readonly services: Services;
  readonly db: Database;
  close(): void;
}

/** The one composition root of the core. Never imports electron. */
export function createCore(options: CoreOptions): Core {
  useDanishValidationMessages();
  const now = options.now ?? (() => new Date());
  const db = openDatabase({ dataDir: options.dataDir, nativeBinding: options.nativeBinding, readonly: options.readonly });
  const bus = new EventBus();
  const services = createServices(db, bus, now, options.dataDir, {
    resourcesDir: options.resourcesDir ?? defaultResourcesDir(),
    createPdfRenderer: () => options.pdfRenderer ?? createChromiumPdfRenderer(),
    producer: `Referent ${appVersion}`,
  }, options.passphraseStore ?? null, { targetFor: options.syncTargetFor, slowAfterMs: options.syncSlowAfterMs });
  if (options.syncWorker && !options.readonly) services.sync.startWorker(options.syncWorker === true ? {} : options.syncWorker);
  const handlers = createHandlers(services);
  const backups = options.readonly || options.backups === false ? null : scheduleBackups(db, options.dataDir, now);

  return {
    invoke: (method, input) => dispatch(handlers, method, input),
    async call(method, input) {
      const answer = await dispatch(handlers, method, input);
      if (!answer.ok) throw Object.assign(new Error(answer.error.message), { code: answer.error.code });
      return answer.value as never;
    },
    on: (event, cb) => bus.on(event, cb),
    services,
    db,
    close() {
      backups?.stop();
      void services.sync.stop();
      // The renderer's browser ends in the background; its process keeps Node alive until it has.
      services.export.close().catch((e: unknown) => console.error('[referent] the PDF renderer did not close', e));
      db.close();
    },
  };
}
