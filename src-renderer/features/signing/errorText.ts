import { ApiCallError } from '../../../src-main/shared/api/client';

/**
 * The core's refusals (wrong-passphrase, certificate-refused, conflict, meeting-locked) already
 * carry a Danish message written for people, so it is shown as it is rather than re-worded here.
 */
export function errorText(e: unknown): string {
  return e instanceof ApiCallError || e instanceof Error ? e.message : String(e);
}
