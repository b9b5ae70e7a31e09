import { z } from 'zod';
import { method } from './method';
import { forumName, optionalText, type Forum } from '../domain/forum';

export const forumsMethods = {
  'forums.list': method<Forum[]>()(z.object({}).strict()),
  'forums.get': method<Forum>()(z.object({ id: z.string().min(1) }).strict()),
  'forums.create': method<Forum>()(
    z
      .object({
        name: forumName,
        organisation: optionalText(200),
        shortName: optionalText(40),
      })
      .strict(),
  ),
};
