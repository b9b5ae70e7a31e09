import type { Handlers } from '../../shared/api/contract';
import type { Services } from '../services';

/** The handler table: one line per contract method, typed by the contract. */
export function createHandlers(s: Services): Handlers {
  return {
    'app.info': () => s.app.info(),
    'forums.list': () => s.forums.list(),
    'forums.get': ({ id }) => s.forums.get(id),
    'forums.create': (input) => s.forums.create(input),
  };
}
