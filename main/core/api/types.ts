import type { z } from 'zod';
import type { Contract, Method, Params, Result } from '../../../shared/api';

type MethodSpec = { params: z.ZodType; result: unknown };

/** The handlers for one slice of the contract: each receives validated params and returns the declared result. */
export type HandlersOf<Slice extends Record<string, MethodSpec>> = {
  [M in keyof Slice]: (params: z.output<Slice[M]['params']>) => Promise<Slice[M]['result']> | Slice[M]['result'];
};

export type Handlers = { [M in Method]: (params: Params<M>) => Promise<Result<M>> | Result<M> };

export type { Contract };
