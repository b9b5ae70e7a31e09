import type { z } from 'zod';

/**
 * One method of the contract: the zod schema of its input and, as a phantom type, its output.
 * The output is never validated at run time (the core produces it), only typed on both sides.
 */
export interface MethodSpec<I extends z.ZodType = z.ZodType, O = unknown> {
  readonly input: I;
  /** Never set: carries the output type. */
  readonly output?: O;
}

/** `method<Forum[]>()(z.object({}))`: curried so the output type can be given and the input inferred. */
export function method<O>() {
  return <I extends z.ZodType>(input: I): MethodSpec<I, O> => ({ input });
}
