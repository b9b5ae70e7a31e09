import { z } from 'zod';
import { isMethodName, methods, type Handlers } from '../../shared/api/contract';
import { fail, ok, type Envelope } from '../../shared/api/envelope';
import { formatPath } from '../../shared/api/paths';
import { CoreError } from '../coreError';
import { StoreError } from '../store/storeError';

/**
 * The boundary: every call from a transport comes through here. Unknown methods and inputs that
 * fail their schema never reach a handler; every failure leaves as the error envelope with a
 * message a person can act on, never a stack trace.
 */
export async function dispatch(handlers: Handlers, method: unknown, input: unknown): Promise<Envelope<unknown>> {
  if (!isMethodName(method)) {
    return fail('unknown-method', `Ukendt funktion «${String(method)}». Opdatér Referent, hvis fejlen bliver ved.`);
  }
  const parsed = methods[method].input.safeParse(input ?? {});
  if (!parsed.success) return invalidInput(method, parsed.error);
  try {
    const handler = handlers[method] as (input: unknown) => unknown;
    return ok(await handler(parsed.data));
  } catch (e) {
    return toFailure(method, e);
  }
}

function invalidInput(method: string, error: z.ZodError): Envelope<never> {
  const issue = error.issues[0]!;
  const path = formatPath(issue.path);
  const where = path === '' ? '' : `Feltet «${path}»: `;
  return fail('invalid-input', `${where}${issue.message} (${method})`, path === '' ? undefined : path);
}

export function toFailure(method: string, e: unknown): Envelope<never> {
  if (e instanceof CoreError) return fail(e.code, e.message, e.path);
  if (e instanceof StoreError) return fail('database-error', e.message);
  if ((e as { code?: string }).code === 'SQLITE_READONLY') {
    return fail('database-error', 'Databasen er åbnet skrivebeskyttet, så ændringen blev ikke gemt. Gendan en sikkerhedskopi for at kunne skrive igen.');
  }
  if ((e as { code?: string }).code === 'SQLITE_FULL') {
    return fail('database-error', 'Disken er fuld, så ændringen blev ikke gemt. Frigør plads, og prøv igen.');
  }
  console.error(`[referent] ${method} failed`, e);
  return fail('internal', 'Der opstod en uventet fejl. Ændringen blev ikke gemt. Prøv igen, og kontakt IT, hvis det sker igen.');
}
