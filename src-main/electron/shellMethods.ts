/**
 * The few contract methods only the shell can answer (a native dialog), put in front of the
 * core's invoke. Pure, so a Node test covers it: the input is still validated by the contract's
 * schema, a failure becomes the usual envelope, everything else goes to the core unchanged.
 */
import { methods, type MethodName } from '../shared/api/contract';
import { fail, type Envelope } from '../shared/api/envelope';
import type { Invoke } from './guardedInvoke';

export type ShellMethods = Partial<Record<MethodName, () => Promise<unknown>>>;

export function withShellMethods(invoke: Invoke, shell: ShellMethods): Invoke {
  return async (method, input): Promise<Envelope<unknown>> => {
    const handler = typeof method === 'string' && Object.hasOwn(shell, method) ? shell[method as MethodName] : undefined;
    if (!handler) return invoke(method, input);
    const parsed = methods[method as MethodName].input.safeParse(input);
    if (!parsed.success) return fail('invalid-input', 'Kaldet havde et forkert indhold.');
    try {
      return { ok: true, value: await handler() };
    } catch (e) {
      console.error(`[referent] ${String(method)} failed in the shell`, e);
      return fail('internal', 'Vinduet til at vælge kunne ikke åbnes. Prøv igen, eller skriv stien i feltet.');
    }
  };
}
