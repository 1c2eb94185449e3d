import type { Input, Method, Result } from '../../shared/api';
import { ApiError } from '../../shared/errors';
import { createCore } from '../../main/core/index';
import type { Core } from '../../main/core/index';
import type { NotebookOptions } from '../../main/core/notebook';
import { closeAtEnd, tempDir } from './temp-dir';

export type Call = <M extends Method>(method: M, params: Input<M>) => Promise<Result<M>>;

/** Calls a contract method on a core; a failure rejects with an ApiError carrying the envelope's code. */
export function callerOf(core: Core): Call {
  return async (method, params) => {
    const envelope = await core.dispatch(method, params);
    if (!envelope.ok) throw new ApiError(envelope.error.code, envelope.error.message);
    return envelope.value as Result<typeof method>;
  };
}

/** A core on a fresh temporary notebook (or `options.dir`), closed when the test file ends. */
export async function openTestCore(options: Partial<NotebookOptions> = {}): Promise<{ core: Core; call: Call; dir: string }> {
  const dir = options.dir ?? (await tempDir());
  const core = closeAtEnd(await createCore({ ...options, dir }));
  return { core, call: callerOf(core), dir };
}
