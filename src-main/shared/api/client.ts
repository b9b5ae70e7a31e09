import type { Envelope } from './envelope';
import type { MethodArgs, MethodName, MethodOutput } from './contract';
import type { EventName, EventPayloads } from './events';

/**
 * What a transport provides: Electron's preload (`window.referent`) and the host's HTTP client
 * have this same shape, so the renderer does not know which one it talks to.
 */
export interface Transport {
  invoke(method: string, input: unknown): Promise<Envelope<unknown>>;
  on(event: string, cb: (payload: unknown) => void): () => void;
}

/** Raised in the renderer when a call answers `{ ok: false }`. */
export class ApiCallError extends Error {
  constructor(
    readonly code: string,
    message: string,
    readonly path?: string,
  ) {
    super(message);
    this.name = 'ApiCallError';
  }
}

export interface Client {
  call<M extends MethodName>(method: M, input: MethodArgs<M>): Promise<MethodOutput<M>>;
  on<E extends EventName>(event: E, cb: (payload: EventPayloads[E]) => void): () => void;
}

export function createClient(transport: Transport): Client {
  return {
    async call(method, input) {
      const answer = await transport.invoke(method, input);
      if (!answer.ok) throw new ApiCallError(answer.error.code, answer.error.message, answer.error.path);
      return answer.value as never;
    },
    on(event, cb) {
      return transport.on(event, cb as (payload: unknown) => void);
    },
  };
}
