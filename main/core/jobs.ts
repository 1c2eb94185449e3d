import { ApiError } from '../../shared/errors';

/** Long operations that a client can cancel by the id it chose when it started them. */
export class Jobs {
  private readonly running = new Map<string, AbortController>();

  start(jobId: string | undefined): { signal: AbortSignal; end: () => void } {
    const controller = new AbortController();
    if (jobId !== undefined) {
      if (this.running.has(jobId)) throw new ApiError('CONFLICT', `a job named ${jobId} is already running`);
      this.running.set(jobId, controller);
    }
    return { signal: controller.signal, end: () => jobId !== undefined && this.running.delete(jobId) };
  }

  cancel(jobId: string): boolean {
    const controller = this.running.get(jobId);
    controller?.abort();
    return controller !== undefined;
  }
}
