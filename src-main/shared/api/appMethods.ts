import { z } from 'zod';
import { method } from './method';

export interface AppInfo {
  name: string;
  version: string;
  /** The SQLite schema version the core runs on. */
  schemaVersion: number;
}

export const appMethods = {
  'app.info': method<AppInfo>()(z.object({}).strict()),
};
