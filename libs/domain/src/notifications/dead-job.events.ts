import { DomainEvent } from '@dvorik/persistence';

/**
 * A queue job failed its last attempt (the worker's `failed` event): the `errors` group is told.
 * Recorded by the worker itself, so it reaches staff through the same outbox as every alert.
 */
export class JobDeadEvent extends DomainEvent<{
  queue: string;
  name: string;
  jobId: string;
  attempts: number;
  error: string;
}> {
  static readonly type = 'job.dead';
  readonly type = JobDeadEvent.type;
}
