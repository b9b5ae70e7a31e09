import type { AppInfo } from '../../shared/api/appMethods';
import { latestSchemaVersion } from '../store/migrations';
import { appVersion } from '../version';

export function createAppService() {
  return {
    info(): AppInfo {
      return { name: 'Referent', version: appVersion, schemaVersion: latestSchemaVersion };
    },
  };
}
