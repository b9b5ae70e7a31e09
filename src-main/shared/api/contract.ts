/**
 * The contract: every method the renderer may call, with the schema of its input and the type
 * of its output. The core's handler table is typed by it (see `Handlers`), so a method declared
 * here without a handler does not compile, and the preload's allowlist is `methodNames`.
 */
import type { z } from 'zod';
import type { MethodSpec } from './method';
import { appMethods } from './appMethods';
import { forumsMethods } from './forumsMethods';
import { meetingsMethods } from './meetingsMethods';
import { itemsMethods } from './itemsMethods';
import { minutesMethods } from './minutesMethods';
import { peopleMethods } from './peopleMethods';
import { attachmentsMethods } from './attachmentsMethods';
import { cycleMethods } from './cycleMethods';
import { exportMethods } from './exportMethods';
import { signingMethods } from './signingMethods';
import { syncMethods } from './syncMethods';

export const methods = {
  ...appMethods,
  ...forumsMethods,
  ...meetingsMethods,
  ...itemsMethods,
  ...minutesMethods,
  ...peopleMethods,
  ...attachmentsMethods,
  ...cycleMethods,
  ...exportMethods,
  ...signingMethods,
  ...syncMethods,
} satisfies Record<string, MethodSpec>;

export type Methods = typeof methods;
export type MethodName = keyof Methods;
export type MethodInput<M extends MethodName> = z.output<Methods[M]['input']>;
/** What a caller passes (before defaults and transforms). */
export type MethodArgs<M extends MethodName> = z.input<Methods[M]['input']>;
export type MethodOutput<M extends MethodName> = NonNullable<Methods[M]['output']>;

export type Handlers = {
  [M in MethodName]: (input: MethodInput<M>) => MethodOutput<M> | Promise<MethodOutput<M>>;
};

export const methodNames = Object.keys(methods) as MethodName[];

export function isMethodName(name: unknown): name is MethodName {
  return typeof name === 'string' && Object.prototype.hasOwnProperty.call(methods, name);
}
