/**
 * A drive-level failure: the round stops (nothing more can be written), the outbox keeps what
 * waits, and the referent reads what happened in plain Danish.
 */
import type { SyncProblemKind } from '../../shared/sync/types';
import { errorCode } from './syncTarget';

export class DriveProblem extends Error {
  constructor(
    readonly kind: SyncProblemKind,
    message: string,
  ) {
    super(message);
    this.name = 'DriveProblem';
  }
}

const waiting = 'Referent arbejder videre, og ændringerne kommer på drevet, når det er i orden igen.';

/** Errors that concern the whole drive, not one meeting: stop the round. Others are per meeting. */
export function asDriveProblem(e: unknown, folder: string): DriveProblem | null {
  if (e instanceof DriveProblem) return e;
  switch (errorCode(e)) {
    case 'ENOENT':
    case 'ENOTDIR':
    case 'ENODEV':
    case 'EHOSTDOWN':
    case 'ENOTCONN':
    case 'ESTALE':
      return new DriveProblem('offline', `Drevet er ikke tilgængeligt (${folder}). ${waiting}`);
    case 'EROFS':
    case 'EACCES':
      return new DriveProblem('read-only', `Referent må ikke skrive i mappen ${folder} (skrivebeskyttet eller manglende adgang). Bed IT om skriveadgang, eller vælg en anden mappe. ${waiting}`);
    case 'ENOSPC':
    case 'EDQUOT':
      return new DriveProblem('full', `Drevet er fuldt (${folder}). Ryd plads eller bed IT om mere plads. ${waiting}`);
    case 'ETIMEDOUT':
    case 'EIO':
      return new DriveProblem('offline', `Drevet svarer ikke (${folder}). ${waiting}`);
    default:
      return null;
  }
}

export const describeError = (e: unknown) => (e instanceof Error ? e.message : String(e));
